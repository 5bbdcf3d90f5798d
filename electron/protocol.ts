// app://caderneta serves the built renderer: a standard, secure origin so IndexedDB keeps the
// same origin forever (file:// would not), with the CSP on every response.
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { APP_HOST, APP_SCHEME, rendererRoot } from './app-paths';
import { CONTENT_SECURITY_POLICY } from './csp';
import { contentType, resolveAppPath } from './protocol-path';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ]);
}

export function registerAppProtocol(): void {
  const root = rendererRoot();
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(root, request.url, APP_HOST);
    if (!file) return new Response('Não encontrado', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString());
    if (!res.ok) return new Response('Não encontrado', { status: 404 });
    return new Response(res.body, {
      status: 200,
      headers: {
        'Content-Type': contentType(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

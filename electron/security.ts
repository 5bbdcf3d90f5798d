// Security rules applied to every web contents the app creates (one small module each rule,
// in the spirit of cawa-93/vite-electron-builder).
import { app, session, shell, type WebContents } from 'electron';
import { trustedOrigins } from './app-paths';
import { decideNavigation } from './url-policy';

function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    const d = decideNavigation(url, trustedOrigins());
    if (d === 'allow') return;
    event.preventDefault();
    if (d === 'external') void shell.openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (decideNavigation(url, trustedOrigins()) !== 'allow') event.preventDefault();
  });
}

function guardNewWindows(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (decideNavigation(url, trustedOrigins()) === 'external') void shell.openExternal(url);
    return { action: 'deny' };
  });
}

function forbidWebviews(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function denyPermissions(): void {
  // Caderneta needs no camera, microphone, geolocation, notifications or USB from the page.
  const allowed = new Set(['clipboard-sanitized-write', 'persistent-storage']);
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(allowed.has(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => allowed.has(permission));
}

export function registerSecurity(): void {
  app.on('web-contents-created', (_e, contents) => {
    guardNavigation(contents);
    guardNewWindows(contents);
    forbidWebviews(contents);
  });
  app.whenReady().then(denyPermissions).catch(() => undefined);
}

// Security rules applied to every web contents the app creates (one small module each rule,
// in the spirit of cawa-93/vite-electron-builder).
import { app, session, type WebContents } from 'electron';
import { openAllowedExternal } from './external-links';
import { APP_ORIGIN, trustedOrigins } from './app-paths';
import { CONTENT_SECURITY_POLICY } from './csp';
import { decideNavigation } from './url-policy';

function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    const d = decideNavigation(url, trustedOrigins());
    if (d === 'allow') return;
    event.preventDefault();
    if (d === 'external') void openAllowedExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (decideNavigation(url, trustedOrigins()) !== 'allow') event.preventDefault();
  });
}

function guardNewWindows(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (decideNavigation(url, trustedOrigins()) === 'external') void openAllowedExternal(url);
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

function enforceCsp(): void {
  // The app:// handler already sends the CSP; this makes sure no response of the app's origin
  // reaches the page without it.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith(`${APP_ORIGIN}/`)) {
      callback(details.responseHeaders ? { responseHeaders: details.responseHeaders } : {});
      return;
    }
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

export function registerSecurity(): void {
  app.on('web-contents-created', (_e, contents) => {
    guardNavigation(contents);
    guardNewWindows(contents);
    forbidWebviews(contents);
  });
  app.whenReady().then(() => {
    denyPermissions();
    enforceCsp();
  }).catch(() => undefined);
}

// The main window: sandboxed, isolated, no Node, loading app://caderneta.
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN, devServerUrl } from './app-paths';
import { loadWindowState, trackWindowState } from './window-state';

export function createMainWindow(): BrowserWindow {
  const state = loadWindowState();
  const win = new BrowserWindow({
    ...state,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Caderneta',
    backgroundColor: '#f7f5f0',
    autoHideMenuBar: false,
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) win.maximize();
  trackWindowState(win);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl() ?? `${APP_ORIGIN}/index.html`);
  return win;
}

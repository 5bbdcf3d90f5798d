// Caderneta's main process: wires the small modules together, nothing more.
import { app, type BrowserWindow } from 'electron';
import { registerIpc } from './ipc/handlers';
import { registerMenu } from './menu';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { registerSecurity } from './security';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;

registerAppScheme();
registerSecurity();

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same database; hand over to the first one and leave.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.whenReady().then(() => {
    registerAppProtocol();
    registerIpc();
    registerMenu(() => mainWindow);
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => (mainWindow = null));
    app.on('activate', () => {
      if (!mainWindow) mainWindow = createMainWindow();
    });
  }).catch((err: unknown) => {
    console.error('Falha ao iniciar a Caderneta:', err);
    app.exit(1);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

// The preload exposes exactly one object, window.desktop, typed by the shared contract.
import { contextBridge, ipcRenderer } from 'electron';
import { DESKTOP_CHANNELS as C, type DesktopApi } from '../shared/desktop-api';

const desktop = {
  platform: 'electron',
  getVersion: () => ipcRenderer.invoke(C.getVersion),
  savePdf: (bytes, suggestedName) => ipcRenderer.invoke(C.savePdf, bytes, suggestedName),
  printPdf: (bytes) => ipcRenderer.invoke(C.printPdf, bytes),
  saveFile: (bytes, suggestedName, filters) => ipcRenderer.invoke(C.saveFile, bytes, suggestedName, filters),
  openExternal: (url) => ipcRenderer.invoke(C.openExternal, url),
  getBackupFolder: () => ipcRenderer.invoke(C.getBackupFolder),
  chooseBackupFolder: () => ipcRenderer.invoke(C.chooseBackupFolder),
  writeBackup: (bytes, name) => ipcRenderer.invoke(C.writeBackup, bytes, name),
  listBackups: () => ipcRenderer.invoke(C.listBackups),
  readBackup: (name, place) => ipcRenderer.invoke(C.readBackup, name, place),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', desktop);

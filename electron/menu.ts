// The application menu in Brazilian Portuguese.
import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { openAllowedExternal } from './external-links';

export function registerMenu(getWindow: () => BrowserWindow | null): void {
  const go = (hash: string) => () => {
    const w = getWindow();
    if (w) void w.webContents.executeJavaScript(`location.hash = ${JSON.stringify(hash)}`);
  };
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const, label: 'Caderneta' }] : []),
    {
      label: 'Arquivo',
      submenu: [
        { label: 'Vender a prazo', accelerator: 'F2', click: go('#/vender') },
        { label: 'Receber pagamento', accelerator: 'F3', click: go('#/receber') },
        { label: 'Clientes', accelerator: 'F4', click: go('#/clientes') },
        { type: 'separator' },
        { label: 'Cópias de segurança…', click: go('#/configuracoes/backup') },
        { type: 'separator' },
        isMac ? { role: 'close', label: 'Fechar janela' } : { role: 'quit', label: 'Sair' },
      ],
    },
    {
      label: 'Editar',
      submenu: [
        { role: 'undo', label: 'Desfazer' },
        { role: 'redo', label: 'Refazer' },
        { type: 'separator' },
        { role: 'cut', label: 'Recortar' },
        { role: 'copy', label: 'Copiar' },
        { role: 'paste', label: 'Colar' },
        { role: 'selectAll', label: 'Selecionar tudo' },
      ],
    },
    {
      label: 'Exibir',
      submenu: [
        { role: 'reload', label: 'Recarregar' },
        { type: 'separator' },
        { role: 'resetZoom', label: 'Tamanho normal' },
        { role: 'zoomIn', label: 'Aumentar' },
        { role: 'zoomOut', label: 'Diminuir' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Tela cheia' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const, label: 'Ferramentas do desenvolvedor' }]),
      ],
    },
    {
      label: 'Ajuda',
      submenu: [
        { label: 'Sobre a Caderneta', click: go('#/configuracoes/sobre') },
        { label: 'Escrever para o suporte', click: () => void openAllowedExternal('mailto:suporte@caderneta.app') },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

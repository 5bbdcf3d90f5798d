// The sidebar's destinations and their keyboard shortcuts.
export interface NavItem {
  path: string;
  label: string;
  key?: string;
  icon: string;
}

export const NAV: NavItem[] = [
  { path: '/', label: 'Início', icon: '⌂' },
  { path: '/vender', label: 'Vender', key: 'F2', icon: '＋' },
  { path: '/receber', label: 'Receber', key: 'F3', icon: '✓' },
  { path: '/clientes', label: 'Clientes', key: 'F4', icon: '☺' },
  { path: '/cobranca', label: 'Cobrança', key: 'F6', icon: '▤' },
  { path: '/documentos', label: 'Documentos', icon: '✉' },
  { path: '/relatorios', label: 'Relatórios', icon: '▥' },
  { path: '/configuracoes', label: 'Configurações', icon: '⚙' },
];

export const SHORTCUTS: Record<string, string> = Object.fromEntries(
  NAV.filter((n) => n.key).map((n) => [n.key as string, n.path]),
);

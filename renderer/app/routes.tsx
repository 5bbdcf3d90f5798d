import { Suspense, use, type ComponentType } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import HomePage from '../features/home/HomePage';
import { FirstRunGate } from '../features/settings/FirstRun';

type PageModule = { default: ComponentType };

/**
 * A page whose code loads on demand. Unlike React.lazy it can be preloaded: a page whose code
 * is already in renders straight away, without suspending (a Suspense fallback, once shown,
 * holds the page back for React's ~300 ms reveal throttle).
 */
function page(load: () => Promise<PageModule>): ComponentType & { preload: () => Promise<PageModule> } {
  let loaded: PageModule | null = null;
  let loading: Promise<PageModule> | null = null;
  const preload = (): Promise<PageModule> =>
    (loading ??= load().then((m) => {
      loaded = m;
      return m;
    }));
  function Page() {
    const Component = (loaded ?? use(preload())).default;
    return <Component />;
  }
  return Object.assign(Page, { preload });
}

const SellPage = page(() => import('../features/sales/SellPage'));
const ReceivePage = page(() => import('../features/payments/ReceivePage'));
const CustomersPage = page(() => import('../features/customers/CustomersPage'));
const BoardPage = page(() => import('../features/collections/BoardPage'));
const DocumentsPage = page(() => import('../features/documents/DocumentsPage'));
const ReportsPage = page(() => import('../features/reports/ReportsPage'));
const SettingsPage = page(() => import('../features/settings/SettingsPage'));
const ImportPage = page(() => import('../features/import/ImportPage'));

const LAZY: Record<string, { preload: () => Promise<PageModule> }> = {
  vender: SellPage,
  receber: ReceivePage,
  clientes: CustomersPage,
  cobranca: BoardPage,
  documentos: DocumentsPage,
  relatorios: ReportsPage,
  configuracoes: SettingsPage,
  importar: ImportPage,
};

/** Starts loading the code of the page at `path` ('/cobranca', '/clientes/123?x=1'). */
export function preloadRoute(path: string): Promise<unknown> {
  return LAZY[path.split(/[/?]/)[1] ?? '']?.preload() ?? Promise.resolve();
}

export function AppRoutes() {
  // The counter's pages start afresh on each visit, F2 / F3 pressed on them included (a new
  // history entry, a new key): the next customer's carnê is scanned into an empty form.
  const { key } = useLocation();
  return (
    <Suspense fallback={<p className="loading" aria-busy="true">Carregando…</p>}>
      <Routes>
        <Route path="/" element={<FirstRunGate><HomePage /></FirstRunGate>} />
        <Route path="/vender" element={<SellPage key={key} />} />
        <Route path="/receber" element={<ReceivePage key={key} />} />
        <Route path="/clientes/*" element={<CustomersPage />} />
        <Route path="/cobranca" element={<BoardPage />} />
        <Route path="/documentos" element={<DocumentsPage />} />
        <Route path="/relatorios" element={<ReportsPage />} />
        <Route path="/configuracoes/*" element={<SettingsPage />} />
        <Route path="/importar" element={<ImportPage />} />
        <Route path="*" element={<HomePage />} />
      </Routes>
    </Suspense>
  );
}

import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Route, Routes } from 'react-router-dom';
import HomePage from '../features/home/HomePage';
import { FirstRunGate } from '../features/settings/FirstRun';

const page = (load: () => Promise<{ default: ComponentType }>): LazyExoticComponent<ComponentType> => lazy(load);

const SellPage = page(() => import('../features/sales/SellPage'));
const ReceivePage = page(() => import('../features/payments/ReceivePage'));
const CustomersPage = page(() => import('../features/customers/CustomersPage'));
const BoardPage = page(() => import('../features/collections/BoardPage'));
const DocumentsPage = page(() => import('../features/documents/DocumentsPage'));
const ReportsPage = page(() => import('../features/reports/ReportsPage'));
const SettingsPage = page(() => import('../features/settings/SettingsPage'));
const ImportPage = page(() => import('../features/import/ImportPage'));

export function AppRoutes() {
  return (
    <Suspense fallback={<p className="loading" aria-busy="true">Carregando…</p>}>
      <Routes>
        <Route path="/" element={<FirstRunGate><HomePage /></FirstRunGate>} />
        <Route path="/vender" element={<SellPage />} />
        <Route path="/receber" element={<ReceivePage />} />
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

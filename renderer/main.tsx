// First (the store itself started opening in public/early-open.js): the database opens and the
// opening screen's data is read while the UI's code runs.
import { openedOn } from './app/boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router-dom';
import { Layout } from './app/Layout';
import { AppRoutes, preloadRoute } from './app/routes';
import { DbProvider } from './app/database';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('Elemento #root não encontrado');

// The opening page's code loads while the database opens (hash routes: '#/cobranca').
const pageCode = (): Promise<unknown> => preloadRoute(openedOn);

createRoot(root).render(
  <StrictMode>
    <HashRouter>
      <DbProvider pageCode={pageCode}>
        <Layout>
          <AppRoutes />
        </Layout>
      </DbProvider>
    </HashRouter>
  </StrictMode>,
);

// First (the store itself started opening in public/early-open.js): the opening screen's read
// begins (early-read.ts, usually already run by its own script tag, which loads sooner; imported
// here too so it always runs before boot takes its result), then the database opens and the
// rest of the UI's code runs.
import './app/early-read';
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

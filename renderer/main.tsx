// First: the shop's store starts opening while everything else loads.
import './app/early-open';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router-dom';
import { Layout } from './app/Layout';
import { AppRoutes, preloadRoute } from './app/routes';
import { DbProvider, getDb } from './app/database';
import { today } from './app/clock';
import { primeRouteData } from './app/prime-route';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('Elemento #root não encontrado');

// The opening page's code loads while the database opens (hash routes: '#/cobranca'), and its
// data is read as soon as the database is open, while React draws the frame.
const openedOn = window.location.hash.slice(1);
const pageCode = (): Promise<unknown> => preloadRoute(openedOn);
getDb().then((db) => primeRouteData(openedOn, db, today()), () => undefined); // DbProvider shows an open failure

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

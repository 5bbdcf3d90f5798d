import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router-dom';
import { Layout } from './app/Layout';
import { AppRoutes } from './app/routes';
import { DbProvider } from './app/database';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('Elemento #root não encontrado');

createRoot(root).render(
  <StrictMode>
    <HashRouter>
      <DbProvider>
        <Layout>
          <AppRoutes />
        </Layout>
      </DbProvider>
    </HashRouter>
  </StrictMode>,
);

import { useEffect, type ReactNode } from 'react';
import { NavLink, useLocation, useNavigate } from 'react-router-dom';
import { Kbd } from '../components/ui';
import { ErrorBoundary } from './ErrorBoundary';
import { NAV, SHORTCUTS } from './nav';
import { Startup } from './Startup';

function useGlobalShortcuts(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const to = SHORTCUTS[e.key];
      if (to && !e.ctrlKey && !e.altKey && !e.metaKey) {
        e.preventDefault();
        navigate(to);
        return;
      }
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        navigate('/clientes?busca=1');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}

export function Layout({ children }: { children: ReactNode }) {
  useGlobalShortcuts();
  const location = useLocation();
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Menu principal">
        <div className="brand">
          <img src="./favicon.svg" alt="" width={32} height={32} />
          <span>Caderneta</span>
        </div>
        <ul>
          {NAV.map((n) => (
            <li key={n.path}>
              <NavLink to={n.path} end={n.path === '/'} data-testid={`nav-${n.path === '/' ? 'inicio' : n.path.slice(1)}`}>
                <span className="nav-icon" aria-hidden="true">{n.icon}</span>
                <span className="nav-label">{n.label}</span>
                {n.key ? <Kbd>{n.key}</Kbd> : null}
              </NavLink>
            </li>
          ))}
        </ul>
        <div className="sidebar-foot muted">
          <Kbd>Ctrl</Kbd>+<Kbd>K</Kbd> buscar cliente
        </div>
      </nav>
      <main className="content" id="conteudo">
        <Startup />
        <ErrorBoundary resetKey={location.pathname}>{children}</ErrorBoundary>
      </main>
    </div>
  );
}

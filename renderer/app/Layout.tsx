import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { NavLink, useLocation, useNavigate } from 'react-router-dom';
import { Kbd } from '../components/ui';
import { Modal } from '../components/Modal';
import { ErrorBoundary } from './ErrorBoundary';
import { NAV, SHORTCUTS } from './nav';
import { Startup } from './Startup';
import { discardUnsavedWork, unsavedWork } from './unsaved';

/** Where the shopkeeper asked to go while a form held unsaved work. */
interface Leaving {
  to: string;
  what: string;
}

/** Goes to `to`, or, while a form holds unsaved work, asks first. */
function useGuardedNavigate(): { go: (to: string) => void; leaving: Leaving | null; stay: () => void; leave: () => void } {
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState<Leaving | null>(null);
  const go = (to: string): void => {
    const what = unsavedWork();
    if (what === null) navigate(to);
    else setLeaving({ to, what });
  };
  return {
    go,
    leaving,
    stay: () => setLeaving(null),
    leave: () => {
      discardUnsavedWork();
      if (leaving) navigate(leaving.to);
      setLeaving(null);
    },
  };
}

function useGlobalShortcuts(go: (to: string) => void, paused: boolean): void {
  useEffect(() => {
    if (paused) return;
    const onKey = (e: KeyboardEvent): void => {
      const to = SHORTCUTS[e.key];
      if (to && !e.ctrlKey && !e.altKey && !e.metaKey) {
        e.preventDefault();
        go(to);
        return;
      }
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        go('/clientes?busca=1');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, paused]);
}

const pageName = (to: string): string => NAV.find((n) => n.path === to.split('?')[0])?.label ?? 'a outra tela';

export function Layout({ children }: { children: ReactNode }) {
  const guard = useGuardedNavigate();
  useGlobalShortcuts(guard.go, guard.leaving !== null);
  const location = useLocation();
  const onNav = (to: string) => (e: MouseEvent): void => {
    if (unsavedWork() === null) return;
    e.preventDefault();
    guard.go(to);
  };
  // A link inside a page ("cadastre clientes em Clientes", a customer's name) asks too: caught
  // before the link's own handler, which then does nothing (its default is prevented).
  const onPageLink = (e: MouseEvent): void => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || unsavedWork() === null) return;
    const href = e.target instanceof Element ? e.target.closest('a[href^="#/"]')?.getAttribute('href') : null;
    if (!href) return;
    e.preventDefault();
    guard.go(href.slice(1));
  };
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
              <NavLink to={n.path} end={n.path === '/'} onClick={onNav(n.path)} data-testid={`nav-${n.path === '/' ? 'inicio' : n.path.slice(1)}`}>
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
      <main className="content" id="conteudo" onClickCapture={onPageLink}>
        <Startup />
        <ErrorBoundary resetKey={location.pathname}>{children}</ErrorBoundary>
      </main>
      {guard.leaving ? (
        <Modal
          open
          title="Sair sem salvar?"
          onClose={guard.stay}
          testId="leave-unsaved"
          footer={
            <>
              {/* Staying comes first: the dialog gives it the focus, so Enter keeps the work. */}
              <button type="button" className="btn primary" onClick={guard.stay} data-testid="leave-unsaved-stay">
                Continuar aqui
              </button>
              <button type="button" className="btn danger" onClick={guard.leave} data-testid="leave-unsaved-go">
                Descartar e ir para {pageName(guard.leaving.to)}
              </button>
            </>
          }
        >
          <p>{guard.leaving.what} Se sair agora, o que foi digitado se perde.</p>
        </Modal>
      ) : null}
    </div>
  );
}

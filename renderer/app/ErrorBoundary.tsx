import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Changes when the route changes, so a broken screen recovers when the user moves on. */
  resetKey?: string;
}
interface State {
  error: Error | null;
}

/** Shows a friendly message instead of a white screen; the data is never touched. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('Erro na tela:', error, info.componentStack);
  }

  override componentDidUpdate(prev: Props): void {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-screen" role="alert" data-testid="error-boundary">
        <h1>Algo deu errado nesta tela</h1>
        <p>
          Seus dados estão guardados e nada foi perdido. Tente de novo; se continuar, volte ao início
          e anote o que estava fazendo para o suporte.
        </p>
        <pre className="error-detail">{this.state.error.message}</pre>
        <div className="row">
          <button className="btn primary" onClick={() => this.setState({ error: null })}>Tentar de novo</button>
          <a className="btn" href="#/">Voltar ao início</a>
        </div>
      </div>
    );
  }
}

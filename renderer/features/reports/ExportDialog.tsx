// "Exportar para o contador": choose the period and the format, watch the progress, cancel
// if needed; the file is built in a worker and saved through the desktop API.
import { useRef, useState } from 'react';
import { addMonthsClamped } from '@shared/dates/calendar';
import { monthEnd } from '@shared/reports/months';
import { ACCOUNTANT_TABLES, type AccountantTableId } from '@shared/export/accountant';
import { Modal } from '../../components/Modal';
import { desktop } from '../../desktop';
import type { ExportFormat, ExportProgress } from '../../export/build-file';
import { isAbortError, type Exporter } from './useReports';
import { dateBR, int } from './format';
import { DateBRInput } from './DateBRInput';

const PHASES: Record<ExportProgress['phase'], string> = {
  read: 'Lendo os dados da loja',
  build: 'Montando as tabelas',
  rows: 'Escrevendo as linhas',
  compress: 'Compactando o arquivo',
};

function presets(today: string): { label: string; from: string; to: string }[] {
  const y = today.slice(0, 4);
  const monthStart = `${today.slice(0, 7)}-01`;
  const lastMonthStart = addMonthsClamped(monthStart, -1);
  return [
    { label: 'Mês passado', from: lastMonthStart, to: monthEnd(lastMonthStart.slice(0, 7)) },
    { label: 'Este mês', from: monthStart, to: today },
    { label: 'Este ano', from: `${y}-01-01`, to: today },
    { label: 'Últimos 12 meses', from: addMonthsClamped(monthStart, -11), to: today },
  ];
}

export function ExportDialog({ open, onClose, today, exporter }: { open: boolean; onClose: () => void; today: string; exporter: Exporter }) {
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [table, setTable] = useState<AccountantTableId>('parcelas');
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'danger' | 'warn'; text: string } | null>(null);
  const [fromError, setFromError] = useState<string | null>(null);
  const [toError, setToError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const running = progress !== null;
  const invalid = fromError ?? toError ?? (from > to ? 'A data inicial deve ser anterior à final.' : null);

  const start = async (): Promise<void> => {
    if (invalid) return;
    const ctrl = new AbortController();
    abort.current = ctrl;
    setMessage(null);
    setProgress({ phase: 'read', done: 0, total: 1 });
    try {
      const r = await exporter({ period: { from, to }, generatedOn: today, format, table }, setProgress, ctrl.signal);
      const filters = format === 'xlsx' ? [{ name: 'Planilha do Excel', extensions: ['xlsx'] }] : [{ name: 'CSV (separado por ponto e vírgula)', extensions: ['csv'] }];
      const saved = await desktop().saveFile(r.bytes, r.fileName, filters);
      const secs = (r.timings.totalMs / 1000).toFixed(1).replace('.', ',');
      setMessage(
        saved.saved
          ? { kind: 'ok', text: `Arquivo salvo: ${saved.location ?? r.fileName} — ${int(r.timings.rows)} linhas em ${secs} s.` }
          : { kind: 'warn', text: 'Arquivo gerado, mas não foi salvo (janela de salvar cancelada).' },
      );
    } catch (e) {
      setMessage(isAbortError(e) ? { kind: 'warn', text: 'Exportação cancelada. Nenhum arquivo foi salvo.' } : { kind: 'danger', text: e instanceof Error ? e.message : String(e) });
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const cancel = (): void => abort.current?.abort();
  const close = (): void => {
    cancel();
    setMessage(null);
    onClose();
  };
  const pctDone = progress && progress.total > 0 ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : 0;

  return (
    <Modal
      open={open}
      onClose={close}
      title="Exportar para o contador"
      testId="export-dialog"
      footer={
        running ? (
          <button type="button" className="btn danger" onClick={cancel} data-testid="export-cancel">
            Cancelar exportação
          </button>
        ) : (
          <>
            <button type="button" className="btn" onClick={close}>
              Fechar
            </button>
            <button type="button" className="btn primary" onClick={() => void start()} disabled={invalid !== null} data-testid="export-start">
              Exportar
            </button>
          </>
        )
      }
    >
      <p className="muted">Vendas a prazo, parcelas e recebimentos do período, a posição em aberto por cliente no último dia e um resumo com os mesmos totais dos relatórios.</p>
      <div className="row export-presets" role="group" aria-label="Períodos prontos">
        {presets(today).map((p) => (
          <button key={p.label} type="button" className="btn small" disabled={running} onClick={() => { setFrom(p.from); setTo(p.to); setFromError(null); setToError(null); }}>
            {p.label}
          </button>
        ))}
      </div>
      <div className="grid2">
        <div className="field">
          <label htmlFor="exp-from">De</label>
          <DateBRInput id="exp-from" value={from} min="2000-01-01" max={today} disabled={running} onChange={setFrom} invalidMessage={setFromError} testId="export-from" />
          {fromError ? <div className="field-error">{fromError}</div> : null}
        </div>
        <div className="field">
          <label htmlFor="exp-to">Até (data-base da posição em aberto)</label>
          <DateBRInput id="exp-to" value={to} min="2000-01-01" max={today} disabled={running} onChange={setTo} invalidMessage={setToError} testId="export-to" />
          {toError ? <div className="field-error">{toError}</div> : null}
        </div>
      </div>
      {from > to ? <div className="field-error">A data inicial deve ser anterior à final.</div> : <p className="muted small">Período: {dateBR(from)} a {dateBR(to)}.</p>}
      <fieldset className="plain">
        <legend>Formato</legend>
        <label className="check">
          <input type="radio" name="exp-format" checked={format === 'xlsx'} disabled={running} onChange={() => setFormat('xlsx')} /> Planilha do Excel (.xlsx) com as 5 abas
        </label>
        <br />
        <label className="check">
          <input type="radio" name="exp-format" checked={format === 'csv'} disabled={running} onChange={() => setFormat('csv')} data-testid="export-csv" /> CSV para outros sistemas (uma tabela)
        </label>
        {format === 'csv' ? (
          <select aria-label="Tabela do CSV" value={table} disabled={running} onChange={(e) => setTable(e.target.value as AccountantTableId)} className="export-table">
            {ACCOUNTANT_TABLES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        ) : null}
      </fieldset>
      {progress ? (
        <div className="export-progress" aria-live="polite" data-testid="export-progress">
          <div>
            {PHASES[progress.phase]}… {progress.phase === 'rows' ? `${int(progress.done)} de ${int(progress.total)} linhas` : `${pctDone}%`}
          </div>
          <progress value={pctDone} max={100} aria-label="Andamento da exportação" />
        </div>
      ) : null}
      {message ? (
        <div className={`alert ${message.kind}`} role="status" data-testid="export-message">
          {message.text}
        </div>
      ) : null}
    </Modal>
  );
}

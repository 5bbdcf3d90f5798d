// Importar: bring the paper notebook or the old spreadsheet in — customers and opening
// balances from CSV or XLSX, checked row by row before anything is written, then imported
// all at once (or not at all).
import { countOf } from '@shared/text';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { formatBRL } from '@shared/money/brl';
import { ENCODING_LABELS } from '@shared/import/decode';
import { PageHeader } from '../../components/ui';
import { useToday } from '../../app/useToday';
import { MappingTable, Preview, Problems } from './ImportParts';
import { TemplateButtons, downloadProblems } from './downloads';
import { useImportFlow } from './useImportFlow';
import './import.css';

const DELIMITERS: Record<string, string> = { ';': 'ponto e vírgula', ',': 'vírgula', '\t': 'tabulação', '|': 'barra vertical' };
const int = (n: number): string => n.toLocaleString('pt-BR');

export default function ImportPage() {
  const today = useToday();
  const f = useImportFlow(today);
  const fileId = useId();
  const c = f.checked;
  const already = f.mode === 'merge' ? f.duplicates.reduce((n, d) => n + d.balancesAlready, 0) : 0;
  return (
    <div className="import-page">
      <PageHeader title="Importar clientes e saldos" subtitle="Traga a caderneta de papel ou a planilha da loja: clientes e o que cada um deve (saldo inicial, com vencimento)." />

      <section className="card" aria-labelledby={`${fileId}-h`}>
        <h2 id={`${fileId}-h`}>1. Escolha o arquivo</h2>
        <p className="muted">CSV (do Excel ou de outro sistema, em qualquer codificação) ou planilha .xlsx. A primeira linha deve ter os nomes das colunas.</p>
        <div className="row">
          {/* The input first: its keyboard focus is drawn on the label right after it. */}
          <input id={fileId} className="sr-only" type="file" accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => void f.choose(e.target.files?.[0] ?? null)} data-testid="import-file" />
          <label className="btn primary" htmlFor={fileId}>
            Escolher arquivo…
          </label>
          <TemplateButtons />
        </div>
        {f.reading ? <p aria-busy="true">Lendo o arquivo…</p> : null}
        {f.fileError ? (
          <div className="alert danger" role="alert" data-testid="import-file-error">
            {f.fileError}
          </div>
        ) : null}
        {f.file ? (
          <p className="muted" data-testid="import-file-info">
            <strong>{f.file.fileName}</strong> — {f.file.kind === 'xlsx' ? 'planilha do Excel' : `CSV em ${ENCODING_LABELS[f.file.encoding ?? 'utf-8']}, separado por ${DELIMITERS[f.file.delimiter ?? ';'] ?? f.file.delimiter}`}, {int(f.sheet?.rows.length ?? 0)} linhas de dados.
          </p>
        ) : null}
        {f.file && f.file.sheets.length > 1 ? (
          <div className="field">
            <label htmlFor={`${fileId}-sheet`}>Aba da planilha</label>
            <select id={`${fileId}-sheet`} value={f.sheetIndex} onChange={(e) => f.pickSheet(Number(e.target.value))}>
              {f.file.sheets.map((s, i) => (
                <option key={s.name} value={i}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </section>

      {f.sheet && c ? (
        <>
          <section className="card">
            <h2>2. Confira as colunas</h2>
            <p className="muted">Já ligamos as colunas pelos nomes. Ajuste o que estiver errado; só o nome é obrigatório. Um saldo inicial precisa de vencimento.</p>
            <MappingTable sheet={f.sheet} mapping={f.mapping} onChange={f.setMapping} />
          </section>

          <section className="card" data-testid="import-check">
            <h2>3. Verificação</h2>
            <div className="summary-cards import-counts">
              <div className="card">
                <div className="muted">Linhas lidas</div>
                <div className="big">{int(c.rows)}</div>
              </div>
              <div className="card">
                <div className="muted">Clientes</div>
                <div className="big" data-testid="import-records">{int(c.records.length)}</div>
              </div>
              <div className="card">
                <div className="muted">Saldos iniciais</div>
                <div className="big">{formatBRL(c.balanceCents)}</div>
              </div>
              <div className="card">
                <div className="muted">Problemas</div>
                <div className={`big ${c.problems.length ? 'danger-text' : 'ok-text'}`} data-testid="import-problem-count">
                  {int(c.problems.length)}
                </div>
              </div>
            </div>
            {c.problems.length > 0 ? (
              <>
                <div className={`alert ${f.outcome ? 'warn' : 'danger'}`} role="alert">
                  {f.outcome
                    ? 'Estas linhas ficaram de fora: corrija-as no arquivo e importe o arquivo de novo (o que já entrou não é somado outra vez).'
                    : 'Há linhas com problemas. Corrija-as no arquivo e escolha o arquivo de novo, ou importe agora só os clientes sem problema (passo 4).'}
                  <button type="button" className="btn small import-report-btn" onClick={() => void downloadProblems(c.problems)}>
                    Baixar relatório de erros (CSV)
                  </button>
                </div>
                <Problems problems={c.problems} />
              </>
            ) : c.records.length > 0 ? (
              <div className="alert ok">Todas as linhas estão corretas.</div>
            ) : null}
            {c.records.length > 0 ? (
              <>
                <h3>Prévia</h3>
                <Preview records={c.records} />
              </>
            ) : null}
          </section>

          <section className="card">
            <h2>4. Importar</h2>
            {f.duplicates.length > 0 ? (
              <fieldset className="plain" data-testid="import-duplicates">
                <legend>
                  {int(f.duplicates.length)} {f.duplicates.length === 1 ? 'cliente já está cadastrado' : 'clientes já estão cadastrados'} (mesmo CPF/CNPJ ou, sem CPF, mesmo nome e telefone), por exemplo {f.duplicates[0]?.existingName}
                  {f.duplicates[0] ? ` (linha ${f.duplicates[0].line})` : ''}.
                </legend>
                <label className="check">
                  <input type="radio" name="dup" checked={f.mode === 'merge'} onChange={() => f.setMode('merge')} /> Juntar: completar o cadastro existente e somar os saldos do arquivo
                </label>
                <br />
                <label className="check">
                  <input type="radio" name="dup" checked={f.mode === 'skip'} onChange={() => f.setMode('skip')} data-testid="import-skip" /> Pular: deixar esses clientes como estão
                </label>
                {already > 0 ? (
                  <p className="alert warn" data-testid="import-already">
                    {already === 1 ? '1 saldo deste arquivo já foi importado antes e não será somado de novo' : `${int(already)} saldos deste arquivo já foram importados antes e não serão somados de novo`} (mesma data da compra, vencimento, valor e descrição).
                  </p>
                ) : null}
              </fieldset>
            ) : null}
            {c.problems.length > 0 && c.correct.length > 0 ? (
              <label className="check import-correct-only">
                <input type="checkbox" checked={f.correctOnly} onChange={(e) => f.setCorrectOnly(e.target.checked)} disabled={!!f.outcome} data-testid="import-correct-only" /> Importar agora só {countOf(c.correct.length, 'cliente', 'clientes')} sem problema ({countOf(new Set(c.problems.map((p) => p.line)).size, 'linha', 'linhas')} com problema e os clientes delas ficam de fora). Depois, corrija o arquivo e importe de novo: o que já entrou não é somado outra vez.
              </label>
            ) : null}
            <p className="muted">A importação é feita de uma vez: ou entram todos os clientes e saldos escolhidos, ou nenhum.</p>
            <button type="button" className="btn primary" disabled={!f.canImport} onClick={() => void f.run()} data-testid="import-run">
              {f.importing ? 'Importando…' : `Importar ${int(f.toImport.length || c.correct.length)} ${(f.toImport.length || c.correct.length) === 1 ? 'cliente' : 'clientes'}`}
            </button>
            {f.importError ? (
              <div className="alert danger" role="alert">
                {f.importError}
              </div>
            ) : null}
            {f.outcome ? (
              <div className="alert ok" role="status" data-testid="import-done">
                Importação concluída: {int(f.outcome.created)} clientes novos, {int(f.outcome.merged)} juntados a cadastros existentes, {int(f.outcome.skipped)} pulados; {int(f.outcome.balances)} saldos iniciais somando {formatBRL(f.outcome.balanceCents)}{f.outcome.balancesAlready > 0 ? `; ${int(f.outcome.balancesAlready)} já importados antes ficaram de fora` : ''}. <Link to="/clientes">Ver clientes</Link>
              </div>
            ) : null}
          </section>
        </>
      ) : null}
    </div>
  );
}

// One report: title, chart and its numbers as a table side by side, and a button that prints
// (or saves as PDF, from the print dialog) just this report.
import { useId, type ReactNode } from 'react';

export function printOnly(section: HTMLElement | null): void {
  document.body.classList.add('print-one');
  section?.classList.add('print-target');
  const done = (): void => {
    document.body.classList.remove('print-one');
    section?.classList.remove('print-target');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

export function ReportSection({ title, subtitle, chartLabel, chart, table, children, testId }: {
  title: string;
  subtitle?: ReactNode;
  /** What the chart shows, for screen readers (the table carries the numbers). */
  chartLabel: string;
  chart: ReactNode;
  table: ReactNode;
  children?: ReactNode;
  testId: string;
}) {
  const id = useId();
  return (
    <section className="card report-section" aria-labelledby={`${id}-t`} data-testid={testId}>
      <header className="report-head">
        <div>
          <h2 id={`${id}-t`}>{title}</h2>
          {subtitle ? <p className="muted">{subtitle}</p> : null}
        </div>
        <button type="button" className="btn small no-print" onClick={(e) => printOnly(e.currentTarget.closest('section'))} aria-label={`Imprimir ou salvar em PDF: ${title}`}>
          Imprimir / PDF
        </button>
      </header>
      <div className="report-body">
        <figure className="report-chart" role="img" aria-label={chartLabel}>
          {chart}
        </figure>
        <div className="report-table">{table}</div>
      </div>
      {children}
    </section>
  );
}

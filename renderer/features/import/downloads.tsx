// Files the import screen offers: the template (CSV and XLSX) and the report of rejected rows.
import { useState } from 'react';
import { tableToCsvBytes } from '@shared/export/csv';
import { TEMPLATE_FILE_NAME, templateCsv } from '@shared/import/template';
import { TEMPLATE_HEADERS, TEMPLATE_ROWS } from '@shared/import/fields';
import type { Rejection } from '@shared/import/validate';
import { desktop } from '../../desktop';

const CSV_FILTER = [{ name: 'CSV (separado por ponto e vírgula)', extensions: ['csv'] }];

export async function downloadProblems(problems: readonly Rejection[]): Promise<void> {
  const bytes = tableToCsvBytes({
    name: 'Problemas',
    slug: 'problemas',
    columns: [
      { header: 'Linha', kind: 'int', width: 8 },
      { header: 'Coluna', kind: 'text', width: 20 },
      { header: 'Motivo', kind: 'text', width: 60 },
    ],
    rows: problems.map((p) => [p.line, p.field ?? '', p.message]),
  });
  await desktop().saveFile(bytes, 'importacao-linhas-com-problemas.csv', CSV_FILTER);
}

export function TemplateButtons() {
  const [busy, setBusy] = useState(false);
  const csv = async (): Promise<void> => {
    await desktop().saveFile(new TextEncoder().encode(templateCsv()), TEMPLATE_FILE_NAME, CSV_FILTER);
  };
  const xlsx = async (): Promise<void> => {
    setBusy(true);
    try {
      const { writeXlsx } = await import('../../export/xlsx/write-xlsx');
      const bytes = await writeXlsx([{ name: 'Clientes', slug: 'clientes', columns: TEMPLATE_HEADERS.map((header) => ({ header, kind: 'text' as const, width: Math.max(14, header.length + 4) })), rows: TEMPLATE_ROWS.map((r) => [...r]) }]);
      await desktop().saveFile(bytes, TEMPLATE_FILE_NAME.replace(/\.csv$/, '.xlsx'), [{ name: 'Planilha do Excel', extensions: ['xlsx'] }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="btn" onClick={() => void csv()} data-testid="import-template">
        Baixar modelo (CSV)
      </button>
      <button type="button" className="btn" onClick={() => void xlsx()} disabled={busy}>
        Baixar modelo (Excel)
      </button>
    </>
  );
}

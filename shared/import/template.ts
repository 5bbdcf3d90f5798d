// The import template offered for download (CSV for Excel: ';', UTF-8 with BOM).
import { tableToCsv } from '../export/csv';
import { TEMPLATE_HEADERS, TEMPLATE_ROWS } from './fields';

export function templateCsv(): string {
  return tableToCsv({
    name: 'Modelo',
    slug: 'modelo',
    columns: TEMPLATE_HEADERS.map((header) => ({ header, kind: 'text' as const, width: 16 })),
    rows: TEMPLATE_ROWS.map((r) => [...r]),
  });
}

export const TEMPLATE_FILE_NAME = 'modelo-importacao-caderneta.csv';

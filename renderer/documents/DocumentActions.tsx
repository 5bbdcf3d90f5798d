// Imprimir / Salvar PDF / Visualizar for one document. The PDF is made in the worker when a
// button is pressed (and reused for the next button until the data changes); printing or
// saving reports the bytes and their SHA-256 through `onIssued`, for the documents registry.
import { useEffect, useRef, useState } from 'react';
import type { DocumentDataMap, DocumentKind } from '@shared/documents/kinds';
import { renderPdf } from './pdf-client';
import { issuedPdf, pdfErrorMessage, printBytes, saveBytes, type IssuedPdf, type PdfAction } from './issue';
import { PdfPreview } from './PdfPreview';

export interface DocumentActionsProps<K extends DocumentKind> {
  kind: K;
  /** The document's data, or a function that reads it when a button is pressed. */
  data: DocumentDataMap[K] | (() => DocumentDataMap[K] | Promise<DocumentDataMap[K]>);
  /** Suggested file name, e.g. "Carnê Maria da Silva" (made safe, ".pdf" added). */
  fileName: string;
  /** Called after the user printed or saved (not after a preview). */
  onIssued?: (pdf: IssuedPdf) => void | Promise<void>;
  /** Title of the preview window. */
  title?: string;
  small?: boolean;
  disabled?: boolean;
  /** Prefix of the buttons' data-testid (default "doc"). */
  testId?: string;
}

type Busy = 'print' | 'save' | 'preview' | null;

export function DocumentActions<K extends DocumentKind>(props: DocumentActionsProps<K>) {
  const { kind, data, fileName, onIssued, title, small, disabled, testId = 'doc' } = props;
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Uint8Array | null>(null);
  const cache = useRef<{ data: unknown; bytes: Uint8Array } | null>(null);

  useEffect(() => {
    cache.current = null;
  }, [data]);

  const bytesFor = async (): Promise<Uint8Array> => {
    if (cache.current && cache.current.data === data) return cache.current.bytes;
    const resolved = typeof data === 'function' ? await (data as () => DocumentDataMap[K] | Promise<DocumentDataMap[K]>)() : data;
    const bytes = await renderPdf(kind, resolved);
    cache.current = { data, bytes };
    return bytes;
  };

  const run = async (what: Exclude<Busy, null>): Promise<void> => {
    setBusy(what);
    setError(null);
    try {
      const bytes = await bytesFor();
      if (what === 'preview') {
        setPreview(bytes);
        return;
      }
      const done = what === 'print' ? await printBytes(bytes) : await saveBytes(bytes, fileName);
      if (done && onIssued) await onIssued(await issuedPdf(kind, what as PdfAction, bytes, fileName));
    } catch (e) {
      setError(pdfErrorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const cls = small ? 'btn small' : 'btn';
  const off = disabled || busy !== null;
  return (
    <div className="document-actions" data-testid={`${testId}-actions`}>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <button className={`${cls} primary`} disabled={off} onClick={() => void run('print')} data-testid={`${testId}-print`}>
          {busy === 'print' ? 'Gerando…' : 'Imprimir'}
        </button>
        <button className={cls} disabled={off} onClick={() => void run('save')} data-testid={`${testId}-save`}>
          {busy === 'save' ? 'Gerando…' : 'Salvar PDF'}
        </button>
        <button className={cls} disabled={off} onClick={() => void run('preview')} data-testid={`${testId}-preview`}>
          {busy === 'preview' ? 'Gerando…' : 'Visualizar'}
        </button>
      </div>
      {error ? (
        <div className="alert danger" role="alert" data-testid={`${testId}-error`}>
          {error}
        </div>
      ) : null}
      <PdfPreview
        bytes={preview}
        title={title ?? fileName}
        onClose={() => setPreview(null)}
        actions={
          <>
            <button className="btn primary" disabled={busy !== null} onClick={() => void run('print')} data-testid={`${testId}-preview-print`}>
              Imprimir
            </button>
            <button className="btn" disabled={busy !== null} onClick={() => void run('save')} data-testid={`${testId}-preview-save`}>
              Salvar PDF
            </button>
          </>
        }
      />
    </div>
  );
}

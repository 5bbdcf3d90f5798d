// Prints many documents at once (the letters of a board column, the slips of a period): the
// PDF is made in the worker while a progress bar shows "n de N", Cancelar stops it, and the
// screen stays responsive. When ready: Imprimir / Salvar PDF.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { DocumentDataMap, DocumentKind } from '@shared/documents/kinds';
import { Modal } from '../components/Modal';
import { PdfPreview } from './PdfPreview';
import { isAbortError, renderPdf, type PdfProgress } from './pdf-client';
import { issuedPdf, pdfErrorMessage, printBytes, saveBytes, type IssuedPdf } from './issue';

export interface BatchPrintDialogProps<K extends DocumentKind> {
  open: boolean;
  title: string;
  kind: K;
  /** The batch's data, or a function that reads it (called once per opening). */
  data: DocumentDataMap[K] | (() => DocumentDataMap[K] | Promise<DocumentDataMap[K]>);
  /** What one item is called, singular and plural: ['carta', 'cartas']. */
  itemNames?: readonly [string, string];
  fileName: string;
  onClose: () => void;
  onIssued?: (pdf: IssuedPdf) => void | Promise<void>;
  /** Shown above the progress (e.g. what the shop's data lacks). */
  notice?: ReactNode;
}

type State =
  | { step: 'preparing' }
  | { step: 'working'; progress: PdfProgress | null }
  | { step: 'ready'; bytes: Uint8Array; total: number }
  | { step: 'failed'; message: string };

function progressText(p: PdfProgress | null, names: readonly [string, string]): { text: string; value: number; max: number } {
  if (!p) return { text: 'Iniciando…', value: 0, max: 1 };
  if (p.phase === 'layout') return { text: `Montando ${p.done} de ${p.total} ${p.total === 1 ? names[0] : names[1]}…`, value: p.done, max: p.total * 2 };
  return { text: `Gerando o PDF… ${p.done}%`, value: p.total + (p.done * p.total) / 100, max: p.total * 2 };
}

export function BatchPrintDialog<K extends DocumentKind>(props: BatchPrintDialogProps<K>) {
  const { open, title, kind, data, itemNames = ['documento', 'documentos'], fileName, onClose, onIssued, notice } = props;
  const [state, setState] = useState<State>({ step: 'preparing' });
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  // The ready PDF shown in the app before printing or saving it.
  const [previewing, setPreviewing] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const layoutTotal = useRef(0);
  // The data is read when the dialog opens; later changes of the prop do not restart the job.
  const dataRef = useRef(data);
  useEffect(() => {
    dataRef.current = data;
  }, [data]);

  useEffect(() => {
    if (!open) return undefined;
    const controller = new AbortController();
    abort.current = controller;
    setState({ step: 'preparing' });
    setNote(null);
    void (async () => {
      try {
        const source = dataRef.current;
        const resolved = typeof source === 'function' ? await (source as () => DocumentDataMap[K] | Promise<DocumentDataMap[K]>)() : source;
        if (controller.signal.aborted) return;
        setState({ step: 'working', progress: null });
        const bytes = await renderPdf(
          kind,
          resolved,
          (p) => {
            if (p.phase === 'layout') layoutTotal.current = p.total;
            setState({ step: 'working', progress: p.phase === 'render' ? { ...p, total: 100 } : p });
          },
          controller.signal,
        );
        setState({ step: 'ready', bytes, total: layoutTotal.current });
      } catch (e) {
        if (!isAbortError(e)) setState({ step: 'failed', message: pdfErrorMessage(e) });
      }
    })();
    return () => controller.abort();
  }, [open, kind]);

  const cancel = (): void => {
    abort.current?.abort();
    onClose();
  };

  const finish = async (action: 'print' | 'save'): Promise<void> => {
    if (state.step !== 'ready') return;
    setBusy(true);
    try {
      const done = action === 'print' ? await printBytes(state.bytes) : await saveBytes(state.bytes, fileName);
      if (done && onIssued) await onIssued(await issuedPdf(kind, action, state.bytes, fileName));
      if (done) setNote(action === 'print' ? 'Enviado para a impressão.' : 'PDF salvo.');
    } catch (e) {
      setNote(pdfErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const working = state.step === 'working' ? progressText(state.progress, itemNames) : null;
  return (
    <Modal
      open={open}
      title={title}
      onClose={cancel}
      testId="batch-print"
      footer={
        state.step === 'ready' ? (
          <>
            <button className="btn" onClick={onClose} data-testid="batch-close">Fechar</button>
            <button className="btn" disabled={busy} onClick={() => setPreviewing(true)} data-testid="batch-preview">Visualizar</button>
            <button className="btn" disabled={busy} onClick={() => void finish('save')} data-testid="batch-save">Salvar PDF</button>
            <button className="btn primary" disabled={busy} onClick={() => void finish('print')} data-testid="batch-print-button">Imprimir</button>
          </>
        ) : (
          <button className="btn" onClick={cancel} data-testid="batch-cancel">{state.step === 'failed' ? 'Fechar' : 'Cancelar'}</button>
        )
      }
    >
      {notice}
      {state.step === 'preparing' ? <p data-testid="batch-status">Preparando os dados…</p> : null}
      {working ? (
        <div>
          <progress value={working.value} max={working.max} style={{ width: '100%', height: 18 }} aria-label="Progresso" data-testid="batch-progress" />
          <p aria-live="polite" data-testid="batch-status">{working.text}</p>
        </div>
      ) : null}
      {state.step === 'ready' ? (
        <p data-testid="batch-status">
          Pronto: {state.total} {state.total === 1 ? itemNames[0] : itemNames[1]} em um PDF. Confira em Visualizar, ou imprima.
        </p>
      ) : null}
      <PdfPreview
        bytes={previewing && state.step === 'ready' ? state.bytes : null}
        title={title}
        onClose={() => setPreviewing(false)}
        actions={
          <>
            <button className="btn primary" disabled={busy} onClick={() => { setPreviewing(false); void finish('print'); }} data-testid="batch-preview-print">Imprimir</button>
            <button className="btn" disabled={busy} onClick={() => { setPreviewing(false); void finish('save'); }} data-testid="batch-preview-save">Salvar PDF</button>
          </>
        }
      />
      {state.step === 'failed' ? <div className="alert danger" role="alert" data-testid="batch-error">{state.message}</div> : null}
      {note ? <p className="muted" data-testid="batch-note">{note}</p> : null}
    </Modal>
  );
}

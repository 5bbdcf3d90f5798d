// Shows a PDF inside the app (Chromium's PDF viewer in a frame), with print and save.
import { useEffect, useState, type ReactNode } from 'react';
import { Modal } from '../components/Modal';

export function PdfPreview({ bytes, title, onClose, actions }: { bytes: Uint8Array | null; title: string; onClose: () => void; actions?: ReactNode }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!bytes) return undefined;
    const u = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
    setUrl(u);
    return () => {
      URL.revokeObjectURL(u);
      setUrl(null);
    };
  }, [bytes]);
  return (
    <Modal
      open={bytes !== null}
      title={title}
      onClose={onClose}
      wide
      testId="pdf-preview"
      footer={
        <>
          {actions}
          <button className="btn" onClick={onClose} data-testid="pdf-preview-close">
            Fechar
          </button>
        </>
      }
    >
      {url ? <iframe src={url} title={title} style={{ width: '100%', height: '70vh', border: '1px solid #ddd', borderRadius: 6 }} data-testid="pdf-preview-frame" /> : null}
    </Modal>
  );
}

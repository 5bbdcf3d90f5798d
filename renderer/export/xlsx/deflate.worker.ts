// Helper worker of the XLSX writer: deflates the parts it is sent, chunk by chunk as they are
// written, so compressing runs on another core while the export worker writes the next rows.
import { gzipSink, type Deflated, type GzipSink } from './zip';

export type DeflateRequest = { type: 'begin'; id: number } | { type: 'chunk'; id: number; bytes: Uint8Array<ArrayBuffer> } | { type: 'end'; id: number };

export type DeflateResponse = { type: 'done'; id: number; result: Deflated } | { type: 'error'; id: number; message: string };

const sinks = new Map<number, GzipSink>();

self.addEventListener('message', (e: MessageEvent<DeflateRequest>) => {
  const msg = e.data;
  if (msg.type === 'begin') {
    sinks.set(msg.id, gzipSink());
    return;
  }
  const sink = sinks.get(msg.id);
  if (msg.type === 'chunk') {
    sink?.write(msg.bytes);
    return;
  }
  if (!sink) {
    // Never begun (or already ended): say so, or the part waiting for it would wait forever.
    const reply: DeflateResponse = { type: 'error', id: msg.id, message: `parte ${msg.id} desconhecida` };
    self.postMessage(reply);
    return;
  }
  sinks.delete(msg.id);
  sink.end().then(
    (result) => {
      const reply: DeflateResponse = { type: 'done', id: msg.id, result };
      self.postMessage(reply, { transfer: [result.data.buffer] });
    },
    (err: unknown) => {
      const reply: DeflateResponse = { type: 'error', id: msg.id, message: err instanceof Error ? err.message : String(err) };
      self.postMessage(reply);
    },
  );
});

// Second worker that deflates the streams of finished pieces of a batch while the PDF worker
// lays out the next piece (two cores busy instead of one).
import { recompressPdf } from './recompress';

export interface DeflateRequest {
  id: number;
  bytes: Uint8Array;
}

export interface DeflateResponse {
  id: number;
  bytes: Uint8Array;
}

self.addEventListener('message', (e: MessageEvent<DeflateRequest>) => {
  const { id, bytes } = e.data;
  void recompressPdf(bytes).then((out) => {
    const own = out.byteOffset === 0 && out.byteLength === out.buffer.byteLength ? out : out.slice();
    const msg: DeflateResponse = { id, bytes: own };
    self.postMessage(msg, { transfer: [own.buffer] });
  });
});

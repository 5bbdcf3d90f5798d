// npm run dev: Vite dev server with reload + Electron pointed at it (browser mode if no Electron).
import { spawn } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js'], { stdio: 'inherit' });
const bin = electronBinary();
if (bin) {
  spawn(process.execPath, ['scripts/build-electron.mjs'], { stdio: 'inherit' }).on('exit', () => {
    const e = spawn(bin, ['.'], { stdio: 'inherit', env: { ...process.env, CADERNETA_DEV_URL: 'http://127.0.0.1:5173' } });
    e.on('exit', () => vite.kill());
  });
} else {
  console.log('Electron não disponível: use http://127.0.0.1:5173 no navegador.');
}

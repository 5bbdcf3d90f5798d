// npm start: launch the desktop app; if no Electron binary can be had, open browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

let bin = electronBinary();
if (!bin) {
  // Electron fetches its binary lazily; try once, quietly, then fall back.
  spawnSync(process.execPath, ['node_modules/electron/install.js'], { stdio: 'ignore', timeout: 120_000 });
  bin = electronBinary();
}
if (bin) {
  const child = spawn(bin, ['.'], { stdio: 'inherit', env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined } });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron não pôde ser obtido (sem internet?): abrindo a Caderneta no modo navegador.');
  spawn(process.execPath, ['scripts/serve.mjs', '--open'], { stdio: 'inherit' });
}

// npm run bench [-- --runs 5 --size large --json FILE --md FILE --no-build --batch 1000 --keys 50
//                  --profile DIR --only load,data,screens,batches (or letters,slips,xlsx)]
// --profile DIR keeps the browser profile (the loaded shop) in DIR; a later run with the same DIR,
// size and today skips the load unless --only names it, so one part can be re-measured in minutes.
// Builds the production renderer and the bench page (tests/bench), copies both into a private
// directory (so a rebuild of dist/renderer elsewhere cannot pull files from under a run),
// serves it with scripts/serve.mjs (one origin, so one IndexedDB), loads a generated shop into
// headless Chromium with an on-disk profile (like the desktop app) and drives the real screens
// with Playwright.
// Prints one table (median of the runs, min, max, target, ratio to target) and optionally
// writes the figures as JSON. A tool, not a test: exits 0 whatever the figures (1 only when the
// bench itself breaks).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { FIGURES, formatMarkdown, formatTable, summarize } from './bench-figures.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const size = opt('size', 'large');
if (!['tiny', 'demo', 'large'].includes(size)) throw new Error(`--size must be tiny, demo or large (got ${size})`);
const runs = Math.max(1, Number(opt('runs', 5)) || 5);
const batch = Math.max(1, Number(opt('batch', { tiny: 20, demo: 100, large: 1000 }[size])));
const jsonFile = opt('json', null);
const mdFile = opt('md', null);
const today = opt('today', '2026-05-15');
const build = !argv.includes('--no-build');
const searchKeys = Math.max(1, Number(opt('keys', 50)) || 50);
const PHASES = ['load', 'data', 'screens', 'batches', 'letters', 'slips', 'xlsx'];
const only = opt('only', null)?.split(',').map((x) => x.trim()) ?? null;
for (const p of only ?? []) if (!PHASES.includes(p)) throw new Error(`--only takes ${PHASES.join(',')} (got ${p})`);
const keptProfile = opt('profile', null);
const log = (...a) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=pt-BR'];

function chromiumPath() {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined;
  } catch {
    /* Playwright's browser not installed */
  }
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', shell: process.platform === 'win32' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

/** Waits until nothing listens on `port` (another bench run on the same kept profile). */
async function portFree(port) {
  for (let waited = 0; ; waited++) {
    const free = await new Promise((res) => {
      const s = createServer();
      s.once('error', () => res(false));
      s.listen(port, '127.0.0.1', () => s.close(() => res(true)));
    });
    if (free) return;
    if (waited === 0) log(`port ${port} is busy (another run on this profile): waiting…`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

async function serve(port, root) {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--root', root], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((res, rej) => {
    child.once('exit', (code) => rej(new Error(`serve.mjs exited (${code})`)));
    child.stdout.on('data', (d) => String(d).includes('127.0.0.1') && res());
  });
  return child;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const mb = (bytes) => bytes / 1024 / 1024;

/** Samples the JS heap of the page's dedicated workers (CDP, non-flat auto-attach). */
async function workerSampler(context, page) {
  const cdp = await context.newCDPSession(page);
  const workers = new Map();
  const pending = new Map();
  let id = 0;
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') workers.set(e.sessionId, e.targetInfo.url);
  });
  cdp.on('Target.detachedFromTarget', (e) => workers.delete(e.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message);
    pending.get(m.id)?.(m.result ?? null);
    pending.delete(m.id);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const ask = (sessionId, method) =>
    new Promise((res) => {
      const n = ++id;
      pending.set(n, res);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method }) }).catch(() => res(null));
      setTimeout(() => pending.delete(n) && res(null), 5000);
    });
  let timer = null;
  let peak = 0;
  let samples = 0;
  const sample = async () => {
    for (const [sessionId, url] of workers) {
      if (!url.includes('pdf.worker')) continue;
      const h = await ask(sessionId, 'Runtime.getHeapUsage');
      if (!h) continue;
      samples++;
      peak = Math.max(peak, (h.usedSize ?? 0) + (h.embedderHeapUsedSize ?? 0) + (h.backingStorageSize ?? 0));
    }
  };
  return {
    start() {
      peak = 0;
      samples = 0;
      const tick = async () => {
        await sample();
        if (timer) timer = setTimeout(tick, 100);
      };
      timer = setTimeout(tick, 0);
    },
    async stop() {
      clearTimeout(timer);
      timer = null;
      await sample();
      return { peakBytes: peak, samples };
    },
  };
}

/** Sum of the gzip sizes of the JS in index.html and of any script fully loaded before the first paint. */
function initialJsGzip(root, origin, urls) {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const files = new Set();
  for (const m of html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?([^"]+\.js)"/g)) files.add(m[1]);
  for (const u of urls) if (u.startsWith(origin) && u.endsWith('.js')) files.add(new URL(u).pathname.slice(1));
  let bytes = 0;
  for (const f of files) bytes += gzipSync(readFileSync(join(root, f)), { level: 9 }).length;
  return { bytes, files: [...files] };
}

async function main() {
  const dist = resolve('dist/renderer');
  if (build) {
    log('building the production renderer (vite build)…');
    run('npx', ['vite', 'build']);
  } else if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/renderer not built: run without --no-build or `npm run build:renderer` first');
  }
  const work = mkdtempSync(join(tmpdir(), 'caderneta-bench-'));
  const profileDir = keptProfile ? resolve(keptProfile) : join(work, 'profile');
  const loadedFile = join(profileDir, 'caderneta-bench-loaded.json');
  const loaded = existsSync(loadedFile) ? JSON.parse(readFileSync(loadedFile, 'utf8')) : null;
  const reuse = loaded !== null && loaded.size === size && loaded.today === today;
  const wants = (phase) => (only ? only.includes(phase) : true) && (phase !== 'load' || !reuse || (only?.includes('load') ?? false));
  const root = join(work, 'site');
  cpSync(dist, root, { recursive: true, filter: (src) => src !== join(dist, 'bench') });
  log('building the bench page (tests/bench)…');
  run('npx', ['vite', 'build', '-c', 'tests/bench/vite.bench.config.ts', '--outDir', join(root, 'bench')]);

  // IndexedDB belongs to the origin (port included), so a kept profile is served again on the
  // port it was loaded on; runs of a profile (or of its copies) wait for each other on it.
  const port = Number(opt('port', 0)) || (reuse ? loaded.port : 0) || (await freePort());
  if (reuse) await portFree(port);
  const server = await serve(port, root);
  const origin = `http://127.0.0.1:${port}`;
  const executablePath = chromiumPath();
  const errors = [];
  const launch = async () => {
    const c = await chromium.launchPersistentContext(profileDir, {
      headless: true,
      args: CHROMIUM_ARGS,
      ...(executablePath ? { executablePath } : {}),
      viewport: { width: 1366, height: 768 },
      locale: 'pt-BR',
      timezoneId: 'America/Sao_Paulo',
    });
    c.on('weberror', (e) => errors.push(String(e.error())));
    return c;
  };
  let context = await launch();
  const version = context.browser()?.version() ?? '';
  const samples = Object.fromEntries(FIGURES.map((f) => [f.id, []]));
  const notes = {};
  let meta = null;
  try {
    const benchPage = async (at = origin) => {
      const p = await context.newPage();
      p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await p.goto(`${at}/bench/index.html`);
      await p.waitForFunction(() => window.__bench?.ready === true);
      return p;
    };

    // 1. Load the data set: the app's import path vs raw IndexedDB puts, same page, alternating.
    // The raw baseline runs on another origin (localhost, not 127.0.0.1): each origin has its own
    // IndexedDB store on disk, so the deleted raw rows do not stay in the shop's store and make
    // every later opening of it slower (a real shop's store holds only its own database).
    let bp = await benchPage();
    const loading = wants('load') || !reuse;
    const rawPage = loading ? await benchPage(`http://localhost:${port}`) : null;
    let prep;
    if (loading) {
      log(`generating the ${size} data set…`);
      prep = await bp.evaluate(([s, d]) => window.__bench.prepare(s, d), [size, today]);
      await rawPage.evaluate(([s, d]) => window.__bench.prepare(s, d), [size, today]);
      log('rows:', JSON.stringify(prep.counts));
    } else {
      prep = loaded.prep;
      log(`reusing the ${size} shop loaded in ${profileDir}`);
    }
    for (let r = 0; r < (loading ? runs : 0); r++) {
      const order = r % 2 ? ['loadApp', 'loadRaw'] : ['loadRaw', 'loadApp'];
      const t = {};
      for (const fn of order) t[fn] = await (fn === 'loadRaw' ? rawPage : bp).evaluate((f) => window.__bench[f](), fn);
      samples.load_app_ms.push(t.loadApp);
      samples.load_raw_ms.push(t.loadRaw);
      samples.load_ratio.push(t.loadApp / t.loadRaw);
      log(`load ${r + 1}/${runs}: app ${t.loadApp.toFixed(0)} ms, raw ${t.loadRaw.toFixed(0)} ms`);
    }
    await bp.evaluate(() => window.__bench.release());
    await bp.close();
    await rawPage?.close();
    if (keptProfile) writeFileSync(loadedFile, JSON.stringify({ size, today, port, prep: { counts: prep.counts, exportPeriod: prep.exportPeriod, exportInstallments: prep.exportInstallments } }));
    // The last loadApp left caderneta-bench filled. Everything else runs in a new browser
    // session on it, as when the shop opens the app (right after a huge import, the same
    // session reads it ~50% slower).
    await context.close();
    context = await launch();
    bp = await benchPage();
    await bp.evaluate((d) => window.__bench.setToday(d), today);

    // Board data vs the raw overdue scan.
    for (let r = 0; r < (wants('data') ? runs : 0); r++) {
      const order = r % 2 ? ['boardRaw', 'boardApp'] : ['boardApp', 'boardRaw'];
      const t = {};
      for (const fn of order) t[fn] = await bp.evaluate((f) => window.__bench[f](), fn);
      samples.board_data_app_ms.push(t.boardApp.ms);
      samples.board_data_raw_ms.push(t.boardRaw.ms);
      samples.board_data_ratio.push(t.boardApp.ms / t.boardRaw.ms);
      samples.board_load_ms.push(t.boardApp.loadMs);
      samples.today_read_ms.push(t.boardApp.todayMs);
      notes.today_read_ms = `${t.boardApp.todayItems} items`;
      notes.board_data_raw_ms = `${t.boardRaw.rows} overdue installments of ${t.boardRaw.customers} customers`;
      notes.board_data_app_ms = `${t.boardApp.customers} summary rows`;
      notes.board_load_ms = `${t.boardApp.rows} board rows`;
    }
    const plan = await bp.evaluate((n) => window.__bench.searchPlan(n), searchKeys);
    const payees = await bp.evaluate((n) => window.__bench.payees(n), 2 * runs);
    for (let r = 0; r < (wants('data') ? runs : 0); r++) {
      samples.payment_tx_ms.push(await bp.evaluate((id) => window.__bench.paymentTx(id), payees[(runs + r) % payees.length]));
      samples.commit_floor_ms.push(await bp.evaluate(() => window.__bench.commitFloor()));
    }
    await bp.close();

    // 2. The real app (dist/renderer) on the filled database.
    const appUrl = (hash) => `${origin}/?db=bench&hoje=${today}#${hash}`;
    const openUntil = async (page, hash, selector) => {
      await page.goto(appUrl(hash), { waitUntil: 'commit' });
      const h = await page.waitForFunction((sel) => (document.querySelector(sel) ? performance.now() : false), selector, { polling: 'raf', timeout: 120_000 });
      return h.jsonValue();
    };
    const appPage = async () => {
      const p = await context.newPage();
      p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      return p;
    };
    const settle = (page, ms) => page.waitForTimeout(ms);
    for (let r = 0; r < (wants('screens') ? runs : 0); r++) {
      // Board: navigation start -> frame with the cards (or the empty state).
      let page = await appPage();
      const fetched = [];
      page.on('request', (q) => fetched.push({ url: q.url(), at: Date.now() }));
      samples.board_open_ms.push(await openUntil(page, '/cobranca', '[data-testid="board-card"], [data-testid="board-empty"]'));
      const marks = await openingMarks(page);
      const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.getEntriesByName('first-paint')[0]?.startTime ?? null);
      const beforePaint = await page.evaluate(
        (limit) => performance.getEntriesByType('resource').filter((e) => limit === null || e.responseEnd < limit).map((e) => e.name),
        fcp,
      );
      const js = initialJsGzip(root, origin, beforePaint);
      samples.initial_js_gzip_kb.push(js.bytes / 1024);
      notes.initial_js_gzip_kb = `${js.files.length} files before first paint`;
      await settle(page, 1500);
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      samples.heap_after_board_mb.push(mb(heap.usedSize));
      await page.close();
      log(`board ${r + 1}/${runs}: drawn at ${samples.board_open_ms.at(-1).toFixed(0)} ms (${marks}), heap ${mb(heap.usedSize).toFixed(0)} MB, initial JS ${(js.bytes / 1024).toFixed(0)} KB`);

      // Início: navigation start -> frame with today's list (or its empty state).
      page = await appPage();
      samples.today_ms.push(await openUntil(page, '/', '[data-testid="today-item"], [data-testid="home-empty"]'));
      const todayMarks = await openingMarks(page);
      await page.close();
      log(`today ${r + 1}/${runs}: drawn at ${samples.today_ms.at(-1).toFixed(0)} ms (${todayMarks})`);

      // Customer search: keydown -> first DOM change of the list -> next frame; p95.
      page = await appPage();
      await openUntil(page, '/clientes', '[data-testid="customer-row"]');
      await settle(page, 1500);
      const input = page.getByTestId('customer-search');
      await input.focus();
      const lat = [];
      for (const step of plan) {
        if (!step.changes) {
          await page.keyboard.press(step.key);
          await settle(page, 40);
          continue;
        }
        await page.evaluate(armKeystroke);
        await page.keyboard.press(step.key);
        const ms = await page.evaluate(() => window.__benchProbe);
        if (ms === null) throw new Error(`search: no redraw after "${step.key}"`);
        lat.push(ms);
      }
      samples.search_p95_ms.push(percentile(lat, 95));
      log(`search ${r + 1}/${runs}: p95 ${percentile(lat, 95).toFixed(1)} ms, median ${median(lat).toFixed(1)} ms, max ${Math.max(...lat).toFixed(0)} ms`);
      notes.search_p95_ms = `${lat.length} keystrokes that change the list (of ${plan.length} typed); median ${median(lat).toFixed(1)} ms`;
      await page.close();

      // Payment: click on confirm -> "payment-done" drawn.
      page = await appPage();
      const who = payees[r % payees.length];
      await openUntil(page, `/receber?cliente=${who}`, '[data-testid="open-installments"]');
      await settle(page, 1000);
      await page.getByTestId('pay-amount').fill('10,00');
      await page.getByTestId('alloc-preview').waitFor();
      await page.evaluate(armPayment);
      await page.getByTestId('pay-confirm').click();
      const paid = await page.evaluate(() => window.__benchProbe);
      if (paid === null) {
        const shown = await page.getByTestId('pay-error').textContent({ timeout: 1000 }).catch(() => 'no error shown');
        throw new Error(`payment: the done screen did not show within 10 s (${shown})`);
      }
      samples.payment_ms.push(paid);
      await page.close();
      log(`payment ${r + 1}/${runs}: ${paid.toFixed(1)} ms`);
    }

    // 3. Batches in the workers, with the main thread watched for long tasks.
    bp = await benchPage();
    const sampler = await workerSampler(context, bp);
    const batchPart = (name) => wants('batches') || (only?.includes(name) ?? false);
    for (let r = 0; r < (['letters', 'slips', 'xlsx'].some(batchPart) ? runs : 0); r++) {
      let longTasks = 0;
      const none = { ms: Number.NaN, bytes: 0, longTasks: 0 };
      const letters = batchPart('letters') ? await bp.evaluate(([n, d]) => window.__bench.letters(n, d), [batch, today]) : none;
      if (batchPart('letters')) samples.letters_ms.push(letters.ms);
      longTasks += letters.longTasks;
      notes.letters_ms = `${batch} letters, ${mb(letters.bytes).toFixed(1)} MB PDF`;
      sampler.start();
      const slips = batchPart('slips') ? await bp.evaluate(([n, d]) => window.__bench.slips(n, d), [batch, today]) : none;
      const mem = await sampler.stop();
      if (batchPart('slips')) samples.slips_ms.push(slips.ms);
      longTasks += slips.longTasks;
      if (mem.samples > 0 && batchPart('slips')) samples.worker_peak_mb.push(mb(mem.peakBytes));
      const x = batchPart('xlsx') ? await bp.evaluate(([p, d]) => window.__bench.xlsx(p, d), [prep.exportPeriod, today]) : { ...none, rows: 0 };
      if (batchPart('xlsx')) {
        samples.xlsx_ms.push(x.ms);
        if (x.timings) samples.xlsx_read_ms.push(x.timings.readMs);
      }
      longTasks += x.longTasks;
      if (['letters', 'slips', 'xlsx'].every(batchPart)) samples.long_tasks.push(longTasks);
      notes.xlsx_ms = `${prep.exportInstallments} installments in ${prep.exportPeriod.from}..${prep.exportPeriod.to}, ${x.rows} rows in all sheets, ${mb(x.bytes).toFixed(1)} MB`;
      notes.slips_ms = `${batch} slips, ${mb(slips.bytes).toFixed(1)} MB PDF`;
      // The floor under the export's read, outside the long-task watch.
      if (batchPart('xlsx')) {
        const raw = await bp.evaluate((p) => window.__bench.xlsxRawRead(p), prep.exportPeriod);
        samples.xlsx_raw_read_ms.push(raw.ms);
        notes.xlsx_raw_read_ms = `${raw.rows} rows, one read-only transaction, in a worker`;
      }
      log(`batches ${r + 1}/${runs}: letters ${letters.ms.toFixed(0)} ms, slips ${slips.ms.toFixed(0)} ms, xlsx ${x.ms.toFixed(0)} ms${x.timings ? ` (read ${x.timings.readMs}, write ${x.timings.writeMs})` : ''}, long tasks ${longTasks}, worker peak ${mem.samples ? mb(mem.peakBytes).toFixed(0) : '—'} MB`);
    }
    await bp.close();
  } finally {
    await context.close();
    server.kill();
    rmSync(work, { recursive: true, force: true });
    if (keptProfile) log(`profile kept in ${profileDir}`);
    meta = { date: new Date().toISOString(), size, runs, batch, today, cores: cpus().length, cpu: cpus()[0]?.model ?? '', chromium: version, node: process.version, errors };
  }

  const figures = summarize(samples, notes, { batch });
  console.log(formatTable(figures, meta));
  if (errors.length) log(`page errors:\n  ${errors.join('\n  ')}`);
  if (jsonFile) {
    mkdirSync(dirname(resolve(jsonFile)), { recursive: true });
    writeFileSync(jsonFile, `${JSON.stringify({ meta, figures }, null, 2)}\n`);
    log(`figures written to ${jsonFile}`);
  }
  if (mdFile) {
    mkdirSync(dirname(resolve(mdFile)), { recursive: true });
    writeFileSync(mdFile, formatMarkdown(figures, meta));
    log(`table written to ${mdFile}`);
  }
}

/** In the page: resolves window.__benchProbe with keydown -> first list change -> next frame (ms). */
function armKeystroke() {
  window.__benchProbe = new Promise((resolve) => {
    let start = null;
    document.addEventListener('keydown', (e) => (start = e.timeStamp), { capture: true, once: true });
    const mo = new MutationObserver(() => {
      if (start === null) return;
      mo.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    });
    mo.observe(document.getElementById('conteudo') ?? document.body, { childList: true, subtree: true, characterData: true });
    setTimeout(() => {
      mo.disconnect();
      resolve(null);
    }, 10_000);
  });
}

/** Where an opening's time went, from the app's own marks: the store opened, the first read
 *  began (early entry or app start) and ended, the first paint. */
async function openingMarks(page) {
  const m = await page.evaluate(() => {
    const at = (prefix) => performance.getEntriesByType('mark').find((e) => e.name.startsWith(prefix))?.startTime;
    return { store: at('caderneta:store-opened'), read: at('caderneta:early-read') ?? at('caderneta:prime:'), data: at('caderneta:primed:'), paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime };
  });
  return Object.entries(m).map(([k, v]) => `${k} ${v === undefined ? '—' : Math.round(v)}`).join(', ');
}

/** In the page: resolves window.__benchProbe with click on confirm -> payment-done drawn (ms). */
function armPayment() {
  window.__benchProbe = new Promise((resolve) => {
    let start = null;
    document.addEventListener('click', (e) => (start = e.timeStamp), { capture: true, once: true });
    const mo = new MutationObserver(() => {
      if (start === null || !document.querySelector('[data-testid="payment-done"]')) return;
      mo.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    });
    mo.observe(document.body, { childList: true, subtree: true });
    setTimeout(() => {
      mo.disconnect();
      resolve(null);
    }, 10_000);
  });
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

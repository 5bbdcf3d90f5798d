// Electron (issue 10), fuzzing on top of electron/ipc/validate.test.ts, url-policy.test.ts and
// protocol-path.test.ts: every window.desktop handler's argument schema gets wrong types, huge
// buffers and paths with `..`; whatever it lets through must be safe to act on. Navigation and
// the app:// protocol are fuzzed the same way.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolve, sep } from 'node:path';
import { parseArgs, InvalidIpcArgument } from '../../electron/ipc/validate';
import { desktopArgs } from '../../shared/desktop-api-schemas';
import { DESKTOP_CHANNELS, MAX_FILE_BYTES, isAllowedExternalUrl } from '../../shared/desktop-api';
import { decideNavigation } from '../../electron/url-policy';
import { resolveAppPath } from '../../electron/protocol-path';

const LONG = process.env.RELIABILITY_LONG === '1';
const RUNS = LONG ? 20_000 : 1_500;
const SEED = Number(process.env.RELIABILITY_SEED ?? 20_251_129);
const CHANNELS = Object.keys(desktopArgs) as (keyof typeof desktopArgs)[];
let calls = 0;
afterAll(() => console.log(`reliability-ipc: ${calls} fuzzed IPC calls, navigations and app:// requests`));

const pdf = new Uint8Array([37, 80, 68, 70, 45]);

/** File names an attacker (or a bug) would try. */
const NASTY_NAMES = [
  '..', '.', '../x.pdf', '..\\x.pdf', '../../.ssh/id_rsa', '/etc/passwd', 'C:\\Windows\\system32\\x.pdf', 'C:x.pdf', '\\\\server\\share\\x.pdf',
  'x.pdf\u0000.exe', 'x\u0007.pdf', 'x.pdf ', 'x.pdf.', ' x.pdf', '.bashrc', 'a/b.pdf', 'a\\b.pdf', 'a:b.pdf', 'a*b.pdf', 'a?.pdf', 'a"b.pdf', 'a<b>.pdf', 'a|b.pdf',
  'x'.repeat(121), 'caderneta-../../x.json', 'caderneta-2025.json/..', 'caderneta-x.json.gz\u0000', 'caderneta-..\\..\\x.json', '', ' ',
];
/** Names that must stay usable. */
const GOOD_NAMES: [keyof typeof desktopArgs, unknown[]][] = [
  ['savePdf', [pdf, 'carnê-maria-joão.pdf']],
  ['saveFile', [pdf, 'contador-2025-03.xlsx', [{ name: 'Planilha', extensions: ['xlsx'] }]]],
  ['writeBackup', [pdf, 'caderneta-2025-03-10.json.gz']],
  ['readBackup', ['caderneta-2025-03-10.json.gz', 'external']],
  ['writeBackup', [pdf, 'caderneta-2025-03-10.cdnt']],
];

const byteLike = fc.constantFrom<unknown>(
  pdf,
  new Uint8Array(0),
  new Int8Array([1, 2]),
  new Uint16Array([1, 2]),
  new Float64Array([1]),
  new DataView(new ArrayBuffer(4)),
  new ArrayBuffer(8),
  [37, 80, 68, 70],
  { 0: 37, 1: 80, length: 2 },
  { byteLength: 3 },
  'JVBERi0=',
  null,
);
const arg: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...NASTY_NAMES) },
  { weight: 2, arbitrary: byteLike },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('auto', 'external', 'AUTO', 'elsewhere', 'https://wa.me/55119', 'file:///etc/passwd', 'javascript:alert(1)') },
  { weight: 1, arbitrary: fc.array(fc.record({ name: fc.oneof(fc.string(), fc.constantFrom('PDF')), extensions: fc.array(fc.oneof(fc.string(), fc.constantFrom('pdf', '../x', '*', 'exe'))) }, { requiredKeys: [] }), { maxLength: 12 }) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 130 }) },
);

/** What a handler may rely on after parseArgs said yes. */
function assertSafeArgs(name: keyof typeof desktopArgs, args: readonly unknown[]): void {
  for (const a of args) {
    if (a instanceof Uint8Array) {
      expect(a.byteLength).toBeGreaterThan(0);
      expect(a.byteLength).toBeLessThanOrEqual(MAX_FILE_BYTES);
    }
  }
  const fileName = name === 'readBackup' ? args[0] : name === 'savePdf' || name === 'saveFile' || name === 'writeBackup' ? args[1] : undefined;
  if (fileName !== undefined) {
    expect(typeof fileName).toBe('string');
    const s = fileName as string;
    expect(s.length).toBeGreaterThan(0);
    expect(s.length).toBeLessThanOrEqual(120);
    expect(s).not.toMatch(/[\\/:*?"<>|]/);
    expect([...s].every((c) => c.charCodeAt(0) >= 32)).toBe(true);
    expect(s.startsWith('.')).toBe(false);
    expect(s).toBe(s.trim());
    expect(s.endsWith('.')).toBe(false);
    // Joined to a folder, it stays in that folder.
    const folder = resolve('/data/backups');
    expect(resolve(folder, s).startsWith(folder + sep)).toBe(true);
    if (name === 'writeBackup' || name === 'readBackup') expect(s).toMatch(/^caderneta-[\w.-]+\.(json|json\.gz|cdnt)$/);
    if (name === 'savePdf') expect(s.toLowerCase().endsWith('.pdf')).toBe(true);
  }
  if (name === 'readBackup') expect(['auto', 'external']).toContain(args[1]);
  if (name === 'openExternal') {
    const u = new URL(args[0] as string);
    expect(u.protocol === 'mailto:' || u.protocol === 'tel:' || (u.protocol === 'https:' && u.hostname === 'wa.me')).toBe(true);
  }
  if (name === 'saveFile') {
    for (const f of args[2] as { extensions: string[] }[]) for (const e of f.extensions) expect(e).toMatch(/^[a-z0-9]{1,8}$/i);
  }
}

describe('window.desktop arguments fuzzed', () => {
  it('every channel has a schema (no pass-through)', () => {
    expect(CHANNELS.sort()).toEqual(Object.keys(DESKTOP_CHANNELS).sort());
    for (const [name, args] of GOOD_NAMES) expect(() => parseArgs(name, args)).not.toThrow();
  });

  for (const name of CHANNELS) {
    it(`${name}: ${RUNS} random argument lists are rejected or safe`, () => {
      let accepted = 0;
      fc.assert(
        fc.property(fc.array(arg, { maxLength: 4 }), (args) => {
          calls++;
          let parsed: unknown[];
          try {
            parsed = parseArgs(name, args) as unknown[];
          } catch (e) {
            expect(e, String(e)).toBeInstanceOf(InvalidIpcArgument);
            expect((e as Error).message).toMatch(new RegExp(`^Argumento inválido em ${name}`));
            return;
          }
          accepted++;
          assertSafeArgs(name, parsed);
        }),
        { seed: SEED, numRuns: RUNS },
      );
      if (['getVersion', 'getBackupFolder', 'chooseBackupFolder', 'listBackups'].includes(name)) expect(accepted).toBeGreaterThan(0);
    });
  }

  it('every nasty file name is refused wherever a name is taken', () => {
    for (const n of NASTY_NAMES) {
      calls += 4;
      expect(() => parseArgs('savePdf', [pdf, n]), n).toThrow(InvalidIpcArgument);
      expect(() => parseArgs('saveFile', [pdf, n, []]), n).toThrow(InvalidIpcArgument);
      expect(() => parseArgs('writeBackup', [pdf, n]), n).toThrow(InvalidIpcArgument);
      expect(() => parseArgs('readBackup', [n, 'auto']), n).toThrow(InvalidIpcArgument);
    }
    // A right-to-left override would make "caderneta-\u202Egz.json.exe" look like a backup.
    expect(() => parseArgs('readBackup', ['caderneta-\u202Egz.json.exe', 'auto'])).toThrow(InvalidIpcArgument);
    expect(() => parseArgs('writeBackup', [pdf, 'caderneta-\u202Egz.json'])).toThrow(InvalidIpcArgument);
  });

  it('huge and odd buffers: over the limit, empty, or not bytes at all are refused', () => {
    const over = new Uint8Array(new ArrayBuffer(MAX_FILE_BYTES + 1));
    const view = new Uint8Array(over.buffer, 1, MAX_FILE_BYTES); // a view: its own length counts
    calls += 4;
    expect(() => parseArgs('writeBackup', [over, 'caderneta-x.json.gz'])).toThrow(/grande demais/);
    expect(parseArgs('writeBackup', [view, 'caderneta-x.json.gz'])[0].byteLength).toBe(MAX_FILE_BYTES);
    expect(() => parseArgs('printPdf', [new Uint8Array(0)])).toThrow(/vazio/);
    expect(() => parseArgs('savePdf', [over.buffer, 'x.pdf'])).toThrow(InvalidIpcArgument);
  });
});

describe('navigation and external links fuzzed', () => {
  const origins = ['app://caderneta'];
  const tricky = [
    'https://wa.me@evil.com/', 'https://evil.com/#wa.me', 'https://evil.com/?https://wa.me/', 'https://wa.me.evil.com/', 'https://wa.me./55', 'https://xn--w-7sb.me/', 'https://wа.me/55',
    'https://wa.me%2eevil.com/', 'javascript://wa.me/%0aalert(1)', 'app://caderneta.evil/', 'app://caderneta@evil/', 'app://evil/?app://caderneta', 'APP://CADERNETA/index.html',
    'mailto:a@b.c?body=<script>', 'mailto:', 'mailto:/etc/passwd', 'tel:javascript:alert(1)', 'tel:+55 (11) 91234-5678', 'tel:%0a', 'data:text/html,<script>alert(1)</script>',
    'blob:app://caderneta/123', 'file:///C:/Windows/', 'http://127.0.0.1:4173/', 'https://WA.ME/5511', 'ws://wa.me/', 'https://wa.me:443/55', 'https://wa.me\\@evil.com', '\u0000https://wa.me/',
  ];
  const url = fc.oneof(fc.constantFrom(...tricky), fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ maxLength: 60 }), fc.webUrl().map((u) => u.replace(/^https?:\/\/[^/]+/, 'https://wa.me')), fc.webUrl().map((u) => u.replace(/^https?:/, 'app:')));

  it(`${RUNS * 2} URLs: allowed only for the app origin, external only for wa.me, mailto and tel; never a crash`, () => {
    fc.assert(
      fc.property(url, (raw) => {
        calls++;
        const d = decideNavigation(raw, origins);
        expect(['allow', 'external', 'deny']).toContain(d);
        if (d === 'deny') return;
        const u = new URL(raw);
        if (d === 'allow') expect(`${u.protocol}//${u.host}`).toBe('app://caderneta');
        else {
          expect(isAllowedExternalUrl(raw)).toBe(true);
          expect(u.protocol === 'mailto:' || u.protocol === 'tel:' || (u.protocol === 'https:' && u.hostname === 'wa.me' && u.port === '' && u.username === '' && u.password === '')).toBe(true);
        }
      }),
      { seed: SEED + 1, numRuns: RUNS * 2 },
    );
    // The first 13 look like wa.me or the app but are not; a non-normalised APP://CADERNETA is
    // not the app origin either (Chromium hands over app:// URLs in lower case).
    for (const t of tricky.slice(0, 13)) expect(decideNavigation(t, origins), t).toBe('deny');
  });
});

describe('app:// protocol paths fuzzed', () => {
  const root = resolve('/opt/caderneta/dist/renderer');
  const segment = fc.oneof(fc.constantFrom('..', '.', '%2e%2e', '%2E%2e', '..%2f', '..%5c', '%2e.', '.%2e', '....', 'assets', 'index.js', '%00', '%ZZ', 'a\\..\\..', '%c0%ae%c0%ae', '..;', '..%00'), fc.string({ maxLength: 8 }));
  it(`${RUNS * 2} crafted paths: resolved inside the build folder or refused`, () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), fc.constantFrom('app://caderneta/', 'app://caderneta//', 'app://evil/', 'app://caderneta/assets/'), (parts, base) => {
        calls++;
        const r = resolveAppPath(root, base + parts.join('/'));
        if (r === null) return;
        expect(r === root + sep + 'index.html' || r.startsWith(root + sep)).toBe(true);
        expect(r).not.toContain('\0');
      }),
      { seed: SEED + 2, numRuns: RUNS * 2 },
    );
  });
});

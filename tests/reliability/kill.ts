// SIGKILL of the Chromium this test launched (Linux): its processes are found by their unique
// --user-data-dir in /proc/<pid>/cmdline, so nothing else on the machine is touched.
import { readdirSync, readFileSync } from 'node:fs';

function cmdline(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return null;
  }
}

/** Pids of every process started with exactly this user-data-dir. */
export function processesOf(userDataDir: string): { pid: number; main: boolean }[] {
  const flag = `--user-data-dir=${userDataDir}`;
  const out: { pid: number; main: boolean }[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid <= 0) continue;
    const args = cmdline(pid);
    if (!args?.includes(flag)) continue;
    out.push({ pid, main: !args.some((a) => a.startsWith('--type=')) });
  }
  return out;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').startsWith('Z');
  } catch {
    return false;
  }
}

/**
 * Kills the browser of `userDataDir` with SIGKILL — the main process first (its process group
 * too: Playwright starts it as a group leader), then any of its helpers still around — and
 * waits until none is left. Returns the main pid.
 */
export async function sigkillBrowser(userDataDir: string, timeoutMs = 10_000): Promise<number> {
  const procs = processesOf(userDataDir);
  const main = procs.find((p) => p.main);
  if (!main) throw new Error(`no browser process found for ${userDataDir}`);
  try {
    process.kill(-main.pid, 'SIGKILL');
  } catch {
    process.kill(main.pid, 'SIGKILL');
  }
  for (const p of procs) {
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  const deadline = Date.now() + timeoutMs;
  while (processesOf(userDataDir).some((p) => alive(p.pid))) {
    if (Date.now() > deadline) throw new Error('browser processes survived SIGKILL');
    await new Promise((r) => setTimeout(r, 25));
  }
  return main.pid;
}

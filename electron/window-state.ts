// Remembers the window's size, position and maximised state between runs.
import { screen, type BrowserWindow, type Rectangle } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { userFile } from './app-paths';
import { z } from 'zod';

const stateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(800).max(10000),
  height: z.number().int().min(600).max(10000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof stateSchema>;

const FILE = 'window-state.json';
const DEFAULT: Omit<WindowState, 'x' | 'y'> = { width: 1366, height: 768, maximized: false };

function visible(b: Rectangle): boolean {
  return screen.getAllDisplays().some((d) => {
    const a = d.workArea;
    return b.x < a.x + a.width - 50 && b.x + b.width > a.x + 50 && b.y >= a.y - 10 && b.y < a.y + a.height - 50;
  });
}

export function loadWindowState(): Partial<WindowState> & typeof DEFAULT {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(userFile(FILE), 'utf8')));
    if (parsed.success && visible(parsed.data)) return parsed.data;
  } catch {
    /* first run or unreadable: defaults */
  }
  return { ...DEFAULT };
}

export function trackWindowState(win: BrowserWindow): void {
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    if (win.isDestroyed()) return;
    const b = win.getNormalBounds();
    const state: WindowState = { ...b, maximized: win.isMaximized() };
    try {
      writeFileSync(userFile(FILE), JSON.stringify(state));
    } catch {
      /* non-fatal */
    }
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, 400);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });
}

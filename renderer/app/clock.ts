// "Today" for the UI: the shop's local calendar date. Tests and demos may pin it with
// ?hoje=YYYY-MM-DD in the URL (kept for the session), so every screen sees the same day.
const KEY = 'caderneta.today';
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar date at `now` in `timeZone` (default: the machine's own zone, which is the
 *  shop's — a fixed São Paulo default gave Manaus shops tomorrow's date after 23:00). */
export function localDate(now: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { ...(timeZone ? { timeZone } : {}), year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** A stored ISO timestamp (UTC, from nowIso) as the machine's local date and HH:MM — never
 *  `iso.slice(0, 10)`, which at 22:00 in São Paulo is already tomorrow. */
export function localStamp(iso: string): { date: string; time: string } {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return { date: iso.slice(0, 10), time: '' };
  const pad = (n: number): string => String(n).padStart(2, '0');
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

function pinnedFromUrl(): string | null {
  const m = /[?&]hoje=(\d{4}-\d{2}-\d{2})/.exec(window.location.search + window.location.hash);
  return m?.[1] ?? null;
}

export function today(): string {
  const fromUrl = pinnedFromUrl();
  if (fromUrl) {
    sessionStorage.setItem(KEY, fromUrl);
    return fromUrl;
  }
  const pinned = sessionStorage.getItem(KEY);
  if (pinned && ISO.test(pinned)) return pinned;
  return localDate(new Date());
}

export function nowIso(): string {
  return new Date().toISOString();
}

// Which automatic backups to keep: the newest 30 daily files and the newest 12 monthly ones.
// Names carry their date (caderneta-2026-11-23.json.gz, caderneta-2026-11.json.gz).

export const KEEP_DAILY = 30;
export const KEEP_MONTHLY = 12;

export function dailyName(today: string): string {
  return `caderneta-${today}.json.gz`;
}

export function monthlyName(today: string): string {
  return `caderneta-${today.slice(0, 7)}.json.gz`;
}

/** Files to delete from a folder of backups, given how many to keep (newest by name). */
export function filesToPrune(names: string[], keep: number, pattern: RegExp): string[] {
  const ours = names.filter((n) => pattern.test(n)).sort();
  return ours.slice(0, Math.max(0, ours.length - keep));
}

export const DAILY_PATTERN = /^caderneta-\d{4}-\d{2}-\d{2}\.json\.gz$/;
export const MONTHLY_PATTERN = /^caderneta-\d{4}-\d{2}\.json\.gz$/;

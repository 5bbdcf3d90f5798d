import { describe, expect, it } from 'vitest';
import { DAILY_PATTERN, dailyName, filesToPrune, MONTHLY_PATTERN, monthlyName } from './backup-rotation';

describe('backup rotation', () => {
  it('keeps the newest 30 daily backups and ignores other files', () => {
    const names = Array.from({ length: 35 }, (_, i) => dailyName(`2026-10-${String(i + 1).padStart(2, '0')}`.replace(/-3[2-9]$|-3[1-9]$/, (m) => m)));
    const fixed = Array.from({ length: 35 }, (_, i) => {
      const d = new Date(Date.UTC(2026, 9, 1 + i));
      return dailyName(d.toISOString().slice(0, 10));
    });
    expect(names).toHaveLength(35);
    const prune = filesToPrune([...fixed, 'notes.txt', monthlyName('2026-10-01')], 30, DAILY_PATTERN);
    expect(prune).toEqual(fixed.slice(0, 5));
  });

  it('keeps 12 monthly backups', () => {
    const months = Array.from({ length: 14 }, (_, i) => monthlyName(new Date(Date.UTC(2025, i, 1)).toISOString().slice(0, 10)));
    expect(filesToPrune(months, 12, MONTHLY_PATTERN)).toEqual(months.slice(0, 2));
    expect(filesToPrune(months.slice(0, 3), 12, MONTHLY_PATTERN)).toEqual([]);
  });
});

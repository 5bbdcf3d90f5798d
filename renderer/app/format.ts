// Display helpers for dates in pt-BR (money formatting lives in shared/).
const LONG = new Intl.DateTimeFormat('pt-BR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDateLong(iso: string): string {
  return LONG.format(new Date(`${iso}T12:00:00Z`));
}

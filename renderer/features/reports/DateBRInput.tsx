// A date typed as dd/mm/aaaa (the native date input follows the system's language, which on
// many shop computers is not Portuguese). Reports an ISO date once the text is a valid day.
import { useState } from 'react';
import { formatDateBR, parseDateBR } from '@shared/dates/calendar';
import { maskDateBR } from '../../components/masks';

export function DateBRInput({ id, value, onChange, disabled, min, max, testId, invalidMessage }: {
  id: string;
  value: string;
  onChange: (iso: string) => void;
  disabled?: boolean;
  min?: string;
  max?: string;
  testId?: string;
  /** Called with a message when the typed text is not an acceptable date (null when it is). */
  invalidMessage?: (message: string | null) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? formatDateBR(value);
  const change = (text: string): void => {
    const masked = maskDateBR(text);
    setDraft(masked);
    if (masked.length < 10) {
      invalidMessage?.('Complete a data (dd/mm/aaaa).');
      return;
    }
    let iso: string;
    try {
      iso = parseDateBR(masked);
    } catch {
      invalidMessage?.('Data inválida.');
      return;
    }
    if ((min && iso < min) || (max && iso > max)) {
      invalidMessage?.(max && iso > max ? `Use uma data até ${formatDateBR(max)}.` : `Use uma data a partir de ${formatDateBR(min ?? iso)}.`);
      return;
    }
    invalidMessage?.(null);
    setDraft(null);
    onChange(iso);
  };
  return (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      placeholder="dd/mm/aaaa"
      autoComplete="off"
      maxLength={10}
      value={shown}
      disabled={disabled}
      onChange={(e) => change(e.target.value)}
      onBlur={() => setDraft(null)}
      data-testid={testId}
    />
  );
}

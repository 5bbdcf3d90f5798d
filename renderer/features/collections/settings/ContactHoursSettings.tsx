// Settings: when the shop may contact customers about debts. Outside these hours the app
// warns (never blocks) when a contact is registered or a message sent.
import { useState } from 'react';
import type { TimeWindow } from '@shared/guards/contact-hours';
import { useDb } from '../../../app/database';
import { errorMessage } from '../../../app/form-errors';
import { DEFAULT_CONTACT_HOURS_SETTING, saveContactHours, type ContactHoursSetting } from '../../../db/board-settings';
import { useAppSettings } from '../collection-settings';
import '../board.css';

type DayKey = 'weekdays' | 'saturday' | 'sunday';
const DAYS: { key: DayKey; label: string }[] = [
  { key: 'weekdays', label: 'Segunda a sexta' },
  { key: 'saturday', label: 'Sábado' },
  { key: 'sunday', label: 'Domingo' },
];

/** "0830" -> "08:30" while typing (24-hour clock). */
function maskTime(raw: string): string {
  const d = raw.replace(/\D/g, '').slice(0, 4);
  return d.length > 2 ? `${d.slice(0, 2)}:${d.slice(2)}` : d;
}

export function ContactHoursSettings() {
  const settings = useAppSettings();
  if (!settings) return <p className="loading">Carregando…</p>;
  return <HoursEditor value={settings.contactHours} />;
}

function HoursEditor({ value }: { value: ContactHoursSetting }) {
  const db = useDb();
  const [v, setV] = useState<ContactHoursSetting>(value);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const setDay = (k: DayKey, w: TimeWindow | null): void => {
    setSaved(false);
    setV({ ...v, [k]: w });
  };
  const save = async (): Promise<void> => {
    setError(null);
    try {
      await saveContactHours(db, v);
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <div className="hours-settings" data-testid="contact-hours-settings">
      <p className="muted">Leis estaduais (como a de São Paulo) proíbem cobrar fora do horário comercial, aos domingos e feriados. Fora do horário, a Caderneta avisa antes de registrar um contato.</p>
      {DAYS.map(({ key, label }) => {
        const w = v[key];
        return (
          <fieldset key={key} className="plain hours-row">
            <legend>{label}</legend>
            <label className="check">
              <input type="checkbox" checked={w !== null} onChange={(e) => setDay(key, e.target.checked ? (DEFAULT_CONTACT_HOURS_SETTING[key] ?? { from: '09:00', to: '12:00' }) : null)} data-testid={`hours-${key}-on`} />
              Pode cobrar
            </label>
            {w ? (
              <>
                <label htmlFor={`h-${key}-from`}>das</label>
                <input id={`h-${key}-from`} value={w.from} inputMode="numeric" maxLength={5} placeholder="hh:mm" onChange={(e) => setDay(key, { ...w, from: maskTime(e.target.value) })} data-testid={`hours-${key}-from`} />
                <label htmlFor={`h-${key}-to`}>às</label>
                <input id={`h-${key}-to`} value={w.to} inputMode="numeric" maxLength={5} placeholder="hh:mm" onChange={(e) => setDay(key, { ...w, to: maskTime(e.target.value) })} data-testid={`hours-${key}-to`} />
              </>
            ) : null}
          </fieldset>
        );
      })}
      <label className="check">
        <input type="checkbox" checked={v.holidays} onChange={(e) => { setSaved(false); setV({ ...v, holidays: e.target.checked }); }} />
        Pode cobrar em feriados (não recomendado)
      </label>
      {error ? <div className="alert danger" role="alert">{error}</div> : null}
      {saved ? <div className="alert ok" role="status">Horários salvos.</div> : null}
      <div className="row">
        <button type="button" className="btn primary" onClick={() => void save()} data-testid="hours-save">Salvar horários</button>
        <button type="button" className="btn" onClick={() => { setSaved(false); setV(DEFAULT_CONTACT_HOURS_SETTING); }}>Voltar ao padrão</button>
      </div>
    </div>
  );
}

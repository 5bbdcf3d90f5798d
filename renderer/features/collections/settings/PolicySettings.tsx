// Settings: the collection policy (régua) — its stages, the day each starts, what to do, by
// which channel and with which message; and the agreement / negativação limits.
import { useState } from 'react';
import { CHANNEL_LABELS, DEFAULT_POLICY, NEGATIVACAO_MIN_NOTICE_DAYS, NOTICE_DAYS_MESSAGE, type CollectionPolicy, type CollectionStage, type ContactChannel } from '@shared/collections/policy';
import { normalizeSearch } from '@shared/text';
import { useDb } from '../../../app/database';
import { errorMessage } from '../../../app/form-errors';
import { updateSettings } from '../../../db/settings';
import { templatesOf, useAppSettings } from '../collection-settings';
import '../board.css';

const CHANNELS = Object.keys(CHANNEL_LABELS) as ContactChannel[];

export function PolicySettings() {
  const settings = useAppSettings();
  if (!settings) return <p className="loading">Carregando…</p>;
  return <PolicyEditor policy={settings.collection} templates={templatesOf(settings).map((t) => ({ id: t.id, name: t.name }))} />;
}

function slug(name: string, taken: ReadonlySet<string>): string {
  const base = normalizeSearch(name).replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'etapa';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  return id;
}

function PolicyEditor({ policy, templates }: { policy: CollectionPolicy; templates: { id: string; name: string }[] }) {
  const db = useDb();
  const [stages, setStages] = useState<CollectionStage[]>(() => policy.stages.map((s) => ({ ...s })));
  // Day offsets as typed (so "-" can start a negative number).
  const [days, setDays] = useState<Record<string, string>>({});
  const dayText = (s: CollectionStage): string => days[s.id] ?? String(s.fromDay);
  const [breakDays, setBreakDays] = useState(String(policy.agreementBreakAfterDays));
  const [noticeDays, setNoticeDays] = useState(String(policy.negativacaoNoticeDays));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const edit = (i: number, patch: Partial<CollectionStage>): void => {
    setSaved(false);
    setStages(stages.map((s, k) => (k === i ? { ...s, ...patch } : s)));
  };
  const add = (): void => {
    const last = stages[stages.length - 1];
    const name = 'Nova etapa';
    setStages([...stages, { id: slug(name, new Set(stages.map((s) => s.id))), name, fromDay: (last?.fromDay ?? 0) + 30, action: 'Descreva o que fazer', channel: 'phone', templateId: templates[0]?.id ?? '' }]);
  };
  const save = async (): Promise<void> => {
    setError(null);
    setSaved(false);
    const b = Number(breakDays);
    const n = Number(noticeDays);
    if (!Number.isInteger(b) || b < 0) return setError('Dias para quebra de acordo: use um número inteiro.');
    if (!Number.isInteger(n) || n < NEGATIVACAO_MIN_NOTICE_DAYS) return setError(NOTICE_DAYS_MESSAGE);
    const parsed: CollectionStage[] = [];
    for (const st of stages) {
      const t = dayText(st).trim();
      if (!/^-?\d{1,4}$/.test(t)) return setError(`Dia de início inválido na etapa "${st.name}": use um número inteiro (negativo = antes do vencimento).`);
      parsed.push({ ...st, name: st.name.trim(), action: st.action.trim(), fromDay: Number(t) });
    }
    try {
      await updateSettings(db, 'collection', { stages: parsed, agreementBreakAfterDays: b, negativacaoNoticeDays: n });
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <div className="policy-settings" data-testid="policy-settings">
      <p className="muted">Cada etapa começa num número de dias de atraso da parcela mais antiga (negativo = antes do vencimento). As etapas devem ficar em ordem crescente.</p>
      <ol className="policy-stages">
        {stages.map((s, i) => (
          <li key={s.id} className="policy-stage" data-testid="policy-stage">
            <div className="field">
              <label htmlFor={`st-name-${s.id}`}>Etapa {i + 1}</label>
              <input id={`st-name-${s.id}`} value={s.name} maxLength={40} onChange={(e) => edit(i, { name: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`st-day-${s.id}`}>A partir do dia</label>
              <input id={`st-day-${s.id}`} className="num" value={dayText(s)} onChange={(e) => { setDays({ ...days, [s.id]: e.target.value }); setSaved(false); }} data-testid="policy-from-day" />
            </div>
            <div className="field">
              <label htmlFor={`st-ch-${s.id}`}>Meio</label>
              <select id={`st-ch-${s.id}`} value={s.channel} onChange={(e) => edit(i, { channel: e.target.value as ContactChannel })}>
                {CHANNELS.map((c) => <option key={c} value={c}>{CHANNEL_LABELS[c]}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`st-tpl-${s.id}`}>Mensagem</label>
              <select id={`st-tpl-${s.id}`} value={s.templateId} onChange={(e) => edit(i, { templateId: e.target.value })}>
                {templates.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
              </select>
            </div>
            <button type="button" className="btn small" disabled={stages.length <= 1} onClick={() => setStages(stages.filter((_, k) => k !== i))} aria-label={`Remover etapa ${s.name}`}>Remover</button>
            <div className="field policy-action">
              <label htmlFor={`st-act-${s.id}`}>O que fazer</label>
              <input id={`st-act-${s.id}`} value={s.action} maxLength={200} onChange={(e) => edit(i, { action: e.target.value })} />
            </div>
          </li>
        ))}
      </ol>
      <div className="row" style={{ margin: '10px 0 14px' }}>
        <button type="button" className="btn small" onClick={add}>Adicionar etapa</button>
        <button type="button" className="btn small" onClick={() => { setDays({}); setStages(DEFAULT_POLICY.stages.map((s) => ({ ...s }))); }}>Voltar à régua padrão</button>
      </div>
      <div className="grid2">
        <div className="field">
          <label htmlFor="pol-break">Acordo quebra após (dias de atraso de uma parcela)</label>
          <input id="pol-break" inputMode="numeric" value={breakDays} onChange={(e) => setBreakDays(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="pol-notice">Aviso prévio antes de negativar (dias)</label>
          <input id="pol-notice" inputMode="numeric" value={noticeDays} onChange={(e) => setNoticeDays(e.target.value)} />
          <div className="hint">A carta de aviso precisa ser registrada antes de o cliente entrar nas etapas depois de “Crédito suspenso”.</div>
        </div>
      </div>
      {error ? <div className="alert danger" role="alert" data-testid="policy-error">{error}</div> : null}
      {saved ? <div className="alert ok" role="status">Régua salva.</div> : null}
      <button type="button" className="btn primary" onClick={() => void save()} data-testid="policy-save">Salvar régua</button>
    </div>
  );
}

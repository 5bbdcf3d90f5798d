// Settings: the message of each stage of the régua (mounted inside the settings page's card). Placeholders are listed and checked —
// an unknown one is flagged and the text is not saved; words that sound like threats or
// exposure (CDC art. 42) get a warning.
import { useRef, useState } from 'react';
import { PLACEHOLDERS, abusiveFragments, unknownPlaceholders, type MessageTemplate, type Placeholder, type TemplateVars } from '@shared/messages/templates';
import { DEFAULT_TEMPLATES } from '@shared/messages/templates';
import { useDb } from '../../../app/database';
import { errorMessage } from '../../../app/form-errors';
import { updateSettings } from '../../../db/settings';
import { channelLabel } from '../labels';
import { subjectKey, templatesOf, useAppSettings } from '../collection-settings';
import { renderMessage, shopTemplateVars } from '../model/message';
import '../board.css';

const SAMPLE = {
  nome: 'Maria',
  valor: 'R$ 153,40',
  vencimento: '10/11/2026',
  dias_atraso: '13',
  loja: 'Loja Exemplo',
  pix_copia_e_cola: '00020126...6304ABCD',
  telefone_loja: '(11) 3333-4444',
  parcelas: '2) 10/11/2026 - R$ 153,40',
  documento_loja: '12.345.678/0001-95',
  endereco_loja: 'Rua das Flores, 10 - Centro - São Paulo/SP',
};

export function TemplatesSettings() {
  const settings = useAppSettings();
  const [selected, setSelected] = useState(DEFAULT_TEMPLATES[0]?.id ?? '');
  if (!settings) return <p className="loading">Carregando…</p>;
  const templates = templatesOf(settings);
  const t = templates.find((x) => x.id === selected) ?? templates[0];
  return (
    <div className="templates-settings" data-testid="templates-settings">
      <p className="muted">Um texto para cada etapa da régua. Use as marcações entre chaves para os dados do cliente e da loja.</p>
      <div className="row" role="tablist" aria-label="Modelos">
        {templates.map((x) => (
          <button key={x.id} type="button" role="tab" aria-selected={x.id === t?.id} className={`btn small ${x.id === t?.id ? 'primary' : ''}`} onClick={() => setSelected(x.id)} data-testid={`template-tab-${x.id}`}>
            {x.name}
          </button>
        ))}
      </div>
      {t ? <TemplateEditor key={t.id} template={t} shopVars={shopTemplateVars(settings.shop)} /> : null}
    </div>
  );
}

function TemplateEditor({ template, shopVars }: { template: MessageTemplate; shopVars: TemplateVars }) {
  const db = useDb();
  const original = DEFAULT_TEMPLATES.find((d) => d.id === template.id);
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const unknown = unknownPlaceholders(`${subject}\n${body}`);
  const abusive = abusiveFragments(`${subject}\n${body}`);

  const insert = (p: Placeholder): void => {
    const el = bodyRef.current;
    const tag = `{${p}}`;
    const at = el?.selectionStart ?? body.length;
    setBody(body.slice(0, at) + tag + body.slice(el?.selectionEnd ?? at));
    setSaved(false);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + tag.length, at + tag.length);
    });
  };
  const save = async (): Promise<void> => {
    setSaved(false);
    if (unknown.length > 0) return setError(`Marcação desconhecida: ${unknown.join(', ')}. Corrija antes de salvar.`);
    if (body.trim() === '') return setError('Escreva o texto da mensagem.');
    setError(null);
    try {
      await updateSettings(db, 'templates', { [template.id]: body, [subjectKey(template.id)]: subject });
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  // An example customer and debt, with the shop's own name and contacts when filled in.
  const preview = renderMessage({ subject, body }, { ...SAMPLE, ...shopVars });
  return (
    <div className="template-editor">
      <p className="muted">Enviado por: {channelLabel(template.channel)}</p>
      <div className="field">
        <label htmlFor="tpl-subject">Assunto / título</label>
        <input id="tpl-subject" value={subject} maxLength={200} onChange={(e) => { setSubject(e.target.value); setSaved(false); }} data-testid="template-subject" />
      </div>
      <div className="grid2">
        <div className="field">
          <label htmlFor="tpl-body">Texto</label>
          <textarea id="tpl-body" ref={bodyRef} rows={12} value={body} maxLength={2000} onChange={(e) => { setBody(e.target.value); setSaved(false); }} aria-invalid={unknown.length > 0} data-testid="template-body" />
          <div className="placeholder-chips" aria-label="Inserir marcação">
            {(Object.keys(PLACEHOLDERS) as Placeholder[]).map((p) => (
              <button key={p} type="button" className="btn small" title={PLACEHOLDERS[p]} onClick={() => insert(p)}>{`{${p}}`}</button>
            ))}
          </div>
        </div>
        <div>
          <div className="label-like">Como o cliente vê (exemplo)</div>
          <pre className="template-preview" data-testid="template-preview">{preview.body}</pre>
        </div>
      </div>
      {unknown.length > 0 ? <div className="alert danger" role="alert" data-testid="template-unknown">Marcação desconhecida: {unknown.join(', ')}. Use só as marcações da lista.</div> : null}
      {abusive.length > 0 ? <div className="alert warn" role="status">Atenção: “{abusive.join('”, “')}” pode soar como ameaça ou exposição do cliente (CDC art. 42). Prefira um tom cordial.</div> : null}
      {error && unknown.length === 0 ? <div className="alert danger" role="alert">{error}</div> : null}
      {saved ? <div className="alert ok" role="status" data-testid="template-saved">Modelo salvo.</div> : null}
      <div className="row">
        <button type="button" className="btn primary" onClick={() => void save()} data-testid="template-save">Salvar modelo</button>
        {original ? (
          <button type="button" className="btn" onClick={() => { setSubject(original.subject); setBody(original.body); setSaved(false); }}>
            Voltar ao texto padrão
          </button>
        ) : null}
      </div>
    </div>
  );
}

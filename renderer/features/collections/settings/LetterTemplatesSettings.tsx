// Settings: the text of each collection letter (lembrete … último aviso). Fields between
// braces are listed and checked — an unknown one is flagged and the letter is not saved; words
// that sound like threats or exposure (CDC art. 42) get a warning. Letters keep their fixed
// parts (letterhead with the shop's CDC art. 42-A data, addressee, table, Pix, signature).
import { useRef, useState } from 'react';
import { abusiveFragments } from '@shared/messages/templates';
import { DEFAULT_LETTER_TEMPLATES, LETTER_FIELDS, LETTER_KINDS, LETTER_LABELS, customLetterTemplates, letterSettingKeys, letterTemplate, letterTemplateProblems, unknownLetterFields, type LetterField } from '@shared/documents/letters/templates';
import type { LetterKind } from '@shared/documents/types';
import { useDb } from '../../../app/database';
import { errorMessage } from '../../../app/form-errors';
import { updateSettings } from '../../../db/settings';
import { useAppSettings } from '../collection-settings';
import '../board.css';

export function LetterTemplatesSettings() {
  const settings = useAppSettings();
  const [kind, setKind] = useState<LetterKind>('lembrete');
  if (!settings) return <p className="loading">Carregando…</p>;
  const custom = customLetterTemplates(settings.letters);
  return (
    <div className="templates-settings" data-testid="letter-templates-settings">
      <p className="muted">
        O texto de cada carta de cobrança. Cabeçalho com os dados da loja, destinatário, tabela de parcelas com multa e juros, Pix e assinatura são
        impressos sempre; aqui você escreve o título e os parágrafos.
      </p>
      <div className="row" role="tablist" aria-label="Cartas">
        {LETTER_KINDS.map((k) => (
          <button key={k} type="button" role="tab" aria-selected={k === kind} className={`btn small ${k === kind ? 'primary' : ''}`} onClick={() => setKind(k)} data-testid={`letter-tab-${k}`}>
            {LETTER_LABELS[k]}
            {custom[k] ? ' •' : ''}
          </button>
        ))}
      </div>
      <LetterEditor key={kind} kind={kind} edited={custom[kind] !== undefined} initial={letterTemplate(kind, custom)} />
    </div>
  );
}

function LetterEditor({ kind, edited, initial }: { kind: LetterKind; edited: boolean; initial: { title: string; body: string } }) {
  const db = useDb();
  const [title, setTitle] = useState(initial.title);
  const [body, setBody] = useState(initial.body);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const unknown = unknownLetterFields(`${title}\n${body}`);
  const abusive = abusiveFragments(`${title}\n${body}`);
  const keys = letterSettingKeys(kind);

  const change = (f: () => void): void => {
    f();
    setSaved(null);
  };
  const insert = (field: LetterField): void => {
    const el = bodyRef.current;
    // The table is a paragraph of its own; the other fields go inside the text.
    const tag = field === 'tabela' ? '\n\n{tabela}\n\n' : `{${field}}`;
    const at = el?.selectionStart ?? body.length;
    change(() => setBody(body.slice(0, at) + tag + body.slice(el?.selectionEnd ?? at)));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + tag.length, at + tag.length);
    });
  };
  const write = async (next: { title: string; body: string }, message: string): Promise<void> => {
    setSaved(null);
    try {
      await updateSettings(db, 'letters', { [keys.title]: next.title, [keys.body]: next.body });
      setError(null);
      setSaved(message);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const save = async (): Promise<void> => {
    if (unknown.length > 0) return setError(`Marcação desconhecida: ${unknown.join(', ')}. Corrija antes de salvar.`);
    if (title.trim() === '') return setError('Escreva o título da carta.');
    if (body.trim() === '') return setError('Escreva o texto da carta.');
    const problems = letterTemplateProblems(body);
    if (problems.length > 0) return setError(problems.join(' '));
    await write({ title: title.trim(), body: body.trim() }, 'Carta salva. As próximas cartas deste tipo saem com este texto.');
  };
  const restore = async (): Promise<void> => {
    const original = DEFAULT_LETTER_TEMPLATES[kind];
    setTitle(original.title);
    setBody(original.body);
    await write({ title: '', body: '' }, 'Texto padrão restaurado.');
  };
  return (
    <div className="template-editor">
      <div className="field">
        <label htmlFor="letter-title">Título</label>
        <input id="letter-title" value={title} maxLength={200} onChange={(e) => change(() => setTitle(e.target.value))} data-testid="letter-title" />
      </div>
      <div className="grid2">
        <div className="field">
          <label htmlFor="letter-body">Texto (uma linha em branco separa os parágrafos)</label>
          <textarea id="letter-body" ref={bodyRef} rows={16} value={body} maxLength={8000} onChange={(e) => change(() => setBody(e.target.value))} aria-invalid={unknown.length > 0} data-testid="letter-body" />
        </div>
        <div>
          <div className="label-like">Marcações (clique para inserir)</div>
          <ul className="field-list">
            {(Object.keys(LETTER_FIELDS) as LetterField[]).map((f) => (
              <li key={f}>
                <button type="button" className="btn small" onClick={() => insert(f)}>{`{${f}}`}</button> <span className="muted">{LETTER_FIELDS[f]}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      {unknown.length > 0 ? <div className="alert danger" role="alert" data-testid="letter-unknown">Marcação desconhecida: {unknown.join(', ')}. Use só as marcações da lista.</div> : null}
      {abusive.length > 0 ? <div className="alert warn" role="status">Atenção: “{abusive.join('”, “')}” pode soar como ameaça ou exposição do cliente (CDC art. 42). Prefira um tom cordial.</div> : null}
      {error && unknown.length === 0 ? <div className="alert danger" role="alert">{error}</div> : null}
      {saved ? <div className="alert ok" role="status" data-testid="letter-saved">{saved}</div> : null}
      <div className="row">
        <button type="button" className="btn primary" onClick={() => void save()} data-testid="letter-save">Salvar carta</button>
        {edited ? (
          <button type="button" className="btn" onClick={() => void restore()} data-testid="letter-restore">Voltar ao texto padrão</button>
        ) : null}
      </div>
    </div>
  );
}

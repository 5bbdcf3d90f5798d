// The Portuguese names of the documents registry's types (Documentos, the customer page, the
// court dossier).
export const DOC_TYPE_LABELS: Record<string, string> = {
  carne: 'Carnê', recibo: 'Recibo', extrato: 'Extrato', dossie: 'Dossiê para o Juizado', termo_acordo: 'Termo de acordo',
  aviso_negativacao: 'Comunicação prévia de negativação', carta_lembrete: 'Lembrete amigável', carta_aviso_atraso: 'Aviso de atraso',
  carta_cobranca_formal: 'Cobrança formal', carta_notificacao_extrajudicial: 'Notificação extrajudicial', carta_ultimo_aviso: 'Último aviso',
};

/** Types some documents were registered under before they had their own key. */
export const DOC_TYPE_ALIASES: Readonly<Record<string, readonly string[]>> = { termo_acordo: ['agreement'] };

/** The Portuguese name of a registered document's type. */
export function docTypeLabel(type: string): string {
  const key = Object.keys(DOC_TYPE_ALIASES).find((k) => DOC_TYPE_ALIASES[k]?.includes(type)) ?? type;
  return DOC_TYPE_LABELS[key] ?? type;
}

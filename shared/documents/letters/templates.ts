// Default texts of the collection letters, one per stage, from the friendliest to the last
// notice. Courteous and factual (CDC art. 42 and 71: no threats, no exposure); every letter
// also prints the creditor's name, address and CPF/CNPJ (art. 42-A) in its letterhead.
// `{campo}` fields are filled from LETTER_FIELDS; a paragraph holding only `{tabela}` becomes
// the table of installments with fine and interest.
import type { LetterKind, LetterTemplate } from '../types';

export const LETTER_FIELDS = {
  nome: 'Primeiro nome do cliente',
  nome_completo: 'Nome completo do cliente',
  documento_cliente: 'CPF/CNPJ do cliente',
  endereco_cliente: 'Endereço do cliente',
  loja: 'Nome da loja',
  loja_razao: 'Razão social da loja',
  documento_loja: 'CPF/CNPJ da loja',
  endereco_loja: 'Endereço da loja',
  telefone_loja: 'Telefone da loja',
  valor: 'Total devido, com multa e juros, na data da carta',
  valor_original: 'Soma das parcelas em aberto, sem acréscimos',
  acrescimos: 'Multa e juros somados',
  data: 'Data da carta, por extenso',
  prazo: 'Prazo para pagamento (dd/mm/aaaa)',
  tabela: 'Tabela das parcelas (sozinho em um parágrafo)',
} as const;

export type LetterField = keyof typeof LETTER_FIELDS;

export const LETTER_LABELS: Readonly<Record<LetterKind, string>> = {
  lembrete: 'Lembrete amigável',
  aviso_atraso: 'Aviso de atraso',
  cobranca_formal: 'Cobrança formal',
  notificacao_extrajudicial: 'Notificação extrajudicial',
  negativacao_previa: 'Comunicação prévia de negativação',
  ultimo_aviso: 'Último aviso',
};

export const LETTER_KINDS: readonly LetterKind[] = [
  'lembrete',
  'aviso_atraso',
  'cobranca_formal',
  'notificacao_extrajudicial',
  'negativacao_previa',
  'ultimo_aviso',
];

const p = (...paragraphs: string[]): string => paragraphs.join('\n\n');

export const DEFAULT_LETTER_TEMPLATES: Readonly<Record<LetterKind, LetterTemplate>> = {
  lembrete: {
    kind: 'lembrete',
    title: 'Lembrete de pagamento',
    body: p(
      'Prezado(a) {nome_completo},',
      'Esperamos que esteja tudo bem com você. Escrevemos apenas para lembrar que consta em aberto, em nossos registros, o valor abaixo, referente às suas compras na {loja}.',
      '{tabela}',
      'Se o pagamento já foi feito, por favor desconsidere esta carta e receba o nosso agradecimento. Se ainda não, você pode pagar no caixa da loja ou por Pix, com o QR code do quadro acima.',
      'Qualquer dúvida, estamos à disposição pelo telefone {telefone_loja}. Obrigado pela preferência!',
    ),
  },
  aviso_atraso: {
    kind: 'aviso_atraso',
    title: 'Aviso de parcelas em atraso',
    body: p(
      'Prezado(a) {nome_completo},',
      'Identificamos que as parcelas abaixo venceram e ainda não foram pagas. Sabemos que imprevistos acontecem e queremos ajudar você a colocar a conta em dia.',
      '{tabela}',
      'Com a multa e os juros combinados na compra, o valor atualizado em {data} é de {valor}. Pedimos que o pagamento seja feito até {prazo}, no caixa da loja ou por Pix, com o QR code do quadro acima.',
      'Se preferir, podemos conversar sobre uma forma de pagamento que caiba no seu orçamento: procure a loja ou ligue para {telefone_loja}.',
      'Se o pagamento já foi feito, por favor desconsidere este aviso.',
    ),
  },
  cobranca_formal: {
    kind: 'cobranca_formal',
    title: 'Aviso de cobrança',
    body: p(
      'Prezado(a) {nome_completo},',
      'Apesar dos nossos contatos anteriores, continua em aberto o débito abaixo, referente a compras a prazo feitas na {loja}:',
      '{tabela}',
      'O total atualizado em {data} é de {valor}, dos quais {acrescimos} correspondem à multa e aos juros de mora previstos na compra.',
      'Solicitamos a regularização até {prazo}. O pagamento pode ser feito no caixa da loja, por Pix (QR code do quadro acima) ou por meio de um acordo de parcelamento, que teremos prazer em combinar com você.',
      'Estamos à disposição para esclarecer qualquer dúvida pelo telefone {telefone_loja} ou na loja, em {endereco_loja}. Se o pagamento já foi feito, pedimos a gentileza de desconsiderar esta carta.',
    ),
  },
  notificacao_extrajudicial: {
    kind: 'notificacao_extrajudicial',
    title: 'Notificação extrajudicial',
    body: p(
      'NOTIFICANTE: {loja_razao}, {documento_loja}, com endereço em {endereco_loja}.',
      'NOTIFICADO(A): {nome_completo}, {documento_cliente}, com endereço em {endereco_cliente}.',
      'Pela presente, a NOTIFICANTE comunica que o(a) NOTIFICADO(A) tem débito em aberto decorrente de compras a prazo (crediário) feitas no estabelecimento, conforme o demonstrativo abaixo, atualizado em {data} com a multa e os juros de mora combinados:',
      '{tabela}',
      'O(A) NOTIFICADO(A) fica convidado(a) a pagar o valor de {valor} ou a procurar a loja para negociar, até {prazo}. O pagamento pode ser feito no caixa da loja, por Pix (QR code do quadro acima, com o valor já preenchido) ou por outro meio combinado com a loja.',
      'Não havendo pagamento nem acordo até essa data, a NOTIFICANTE poderá adotar as medidas previstas em lei para receber o seu crédito, como a inclusão do débito em cadastro de proteção ao crédito (precedida da comunicação prevista no art. 43, § 2º, do Código de Defesa do Consumidor), o protesto do título ou a ação de cobrança no Juizado Especial Cível.',
      'Se o pagamento já foi feito, pedimos que desconsidere esta notificação e, se possível, nos apresente o comprovante.',
    ),
  },
  negativacao_previa: {
    kind: 'negativacao_previa',
    title: 'Comunicação prévia de inclusão em cadastro de proteção ao crédito',
    body: p(
      'Prezado(a) {nome_completo},',
      'Em cumprimento ao art. 43, § 2º, do Código de Defesa do Consumidor, comunicamos que o débito abaixo, de sua responsabilidade perante {loja_razao} ({documento_loja}), poderá ser registrado em cadastro de proteção ao crédito, como SPC ou Serasa, se não for pago ou negociado até {prazo}.',
      '{tabela}',
      'Valor atualizado em {data}: {valor}.',
      'Para evitar o registro, basta pagar no caixa da loja, por Pix (QR code do quadro acima) ou nos procurar para fazer um acordo. Se você não reconhece este débito ou já o pagou, fale conosco pelo telefone {telefone_loja} para verificarmos juntos.',
      'Se houver registro, ele será retirado em até 5 (cinco) dias úteis depois do pagamento.',
    ),
  },
  ultimo_aviso: {
    kind: 'ultimo_aviso',
    title: 'Último aviso antes de medidas judiciais',
    body: p(
      'Prezado(a) {nome_completo},',
      'Esta é a nossa última tentativa de resolver de forma amigável o débito abaixo, que continua em aberto apesar dos avisos anteriores:',
      '{tabela}',
      'O valor atualizado em {data} é de {valor}. Ainda preferimos um acordo e estamos abertos a condições que caibam no seu orçamento. Para isso, pedimos que entre em contato conosco ou faça o pagamento até {prazo}.',
      'Sem retorno até essa data, o débito poderá ser cobrado judicialmente, no Juizado Especial Cível, o que traz custos e aborrecimentos que gostaríamos de evitar para ambas as partes.',
      'Contamos com a sua compreensão. Telefone para contato: {telefone_loja}.',
    ),
  },
};

/** Settings keys of a kind's edited title and text (an empty or missing value = the default). */
export const letterSettingKeys = (kind: LetterKind): { title: string; body: string } => ({ title: `${kind}.title`, body: `${kind}.body` });

/** The shop's edited letters (the settings' flat record) as templates, only where edited. */
export function customLetterTemplates(stored: Readonly<Record<string, string>>): Partial<Record<LetterKind, LetterTemplate>> {
  const out: Partial<Record<LetterKind, LetterTemplate>> = {};
  for (const kind of LETTER_KINDS) {
    const keys = letterSettingKeys(kind);
    const title = stored[keys.title]?.trim() ?? '';
    const body = stored[keys.body]?.trim() ?? '';
    if (title === '' && body === '') continue;
    const base = DEFAULT_LETTER_TEMPLATES[kind];
    out[kind] = { kind, title: title || base.title, body: body || base.body };
  }
  return out;
}

/** `{campo}` marks in `text` that are not letter fields (they would print as written). */
export function unknownLetterFields(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\{([^{}\s]{1,40})\}/g)) if (!Object.prototype.hasOwnProperty.call(LETTER_FIELDS, m[1] ?? '')) out.add(`{${m[1] ?? ''}}`);
  return [...out];
}

/**
 * What keeps an edited letter from printing as meant (in Portuguese, for the editor): the
 * table of installments comes only from a paragraph holding just {tabela}, and every letter
 * needs it (the debt must be shown with its breakdown).
 */
export function letterTemplateProblems(body: string): string[] {
  const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim());
  const out: string[] = [];
  if (!paragraphs.some((p) => p === '{tabela}')) out.push('Deixe {tabela} sozinho em um parágrafo (linha em branco antes e depois): é onde entra a tabela das parcelas.');
  if (paragraphs.some((p) => p !== '{tabela}' && p.includes('{tabela}'))) out.push('{tabela} dentro de uma frase sairia como texto: deixe-o sozinho em um parágrafo.');
  return out;
}

/** The shop's edited template for a kind, or the default. */
export function letterTemplate(kind: LetterKind, custom?: Partial<Record<LetterKind, LetterTemplate>>): LetterTemplate {
  return custom?.[kind] ?? DEFAULT_LETTER_TEMPLATES[kind];
}

import type { ContactChannel } from '../collections/policy';
import { formatBRL } from '../money/brl';
import { formatDateBR } from '../dates/calendar';
import { formatPhoneBR } from '../br/format';
import { formatCpfCnpj } from '../br/cpf-cnpj';

/** Placeholders a message template may use. */
export const PLACEHOLDERS = {
  nome: 'Nome do cliente',
  valor: 'Valor devido atualizado (R$)',
  vencimento: 'Data de vencimento (dd/mm/aaaa)',
  dias_atraso: 'Dias de atraso',
  loja: 'Nome da loja',
  pix_copia_e_cola: 'Código Pix copia e cola',
  telefone_loja: 'Telefone da loja',
  parcelas: 'Lista das parcelas em aberto',
  documento_loja: 'CPF/CNPJ da loja',
  endereco_loja: 'Endereço da loja',
} as const;

export type Placeholder = keyof typeof PLACEHOLDERS;
export type TemplateVars = Partial<Record<Placeholder, string>>;

const PLACEHOLDER_RE = /\{([^{}]*)\}/g;

function isPlaceholder(name: string): name is Placeholder {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/** Replaces known placeholders that have a value; anything else is left as written. */
export function renderTemplate(text: string, vars: TemplateVars): string {
  return text.replace(PLACEHOLDER_RE, (whole, name: string) => {
    const key = name.trim();
    if (!isPlaceholder(key)) return whole;
    const v = vars[key];
    return v === undefined ? whole : v;
  });
}

/** Placeholders in the text that are not known (to flag when a template is saved), without repeats. */
export function unknownPlaceholders(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    const name = (m[1] ?? '').trim();
    if (!isPlaceholder(name) && !out.includes(m[0])) out.push(m[0]);
  }
  return out;
}

/** Known placeholders the text uses that `vars` does not fill. */
export function missingVars(text: string, vars: TemplateVars): Placeholder[] {
  const out: Placeholder[] = [];
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    const name = (m[1] ?? '').trim();
    if (isPlaceholder(name) && vars[name] === undefined && !out.includes(name)) out.push(name);
  }
  return out;
}

/** Builds template variables from plain data, formatted in pt-BR. */
export function templateVars(d: {
  customerName?: string | undefined;
  amountCents?: number | undefined;
  dueDate?: string | null | undefined;
  daysLate?: number | null | undefined;
  shopName?: string | undefined;
  shopPhone?: string | undefined;
  shopDocument?: string | undefined;
  shopAddress?: string | undefined;
  pixPayload?: string | undefined;
  installments?: readonly { number?: number | undefined; dueDate: string; amountCents: number }[];
}): TemplateVars {
  const v: TemplateVars = {};
  if (d.customerName !== undefined) v.nome = d.customerName.trim().split(/\s+/)[0] ?? d.customerName;
  if (d.amountCents !== undefined) v.valor = formatBRL(d.amountCents);
  if (d.dueDate) v.vencimento = formatDateBR(d.dueDate);
  if (d.daysLate !== undefined && d.daysLate !== null) v.dias_atraso = String(Math.max(0, d.daysLate));
  if (d.shopName !== undefined) v.loja = d.shopName;
  if (d.shopPhone !== undefined) v.telefone_loja = formatPhoneBR(d.shopPhone);
  if (d.shopDocument !== undefined) v.documento_loja = d.shopDocument ? formatCpfCnpj(d.shopDocument) : '';
  if (d.shopAddress !== undefined) v.endereco_loja = d.shopAddress;
  if (d.pixPayload !== undefined) v.pix_copia_e_cola = d.pixPayload;
  if (d.installments !== undefined) {
    v.parcelas = d.installments
      .map((p, k) => `${p.number ?? k + 1}) ${formatDateBR(p.dueDate)} - ${formatBRL(p.amountCents)}`)
      .join('\n');
  }
  return v;
}

export interface MessageTemplate {
  id: string;
  name: string;
  channel: ContactChannel;
  /** E-mail subject / letter title. */
  subject: string;
  body: string;
}

/**
 * Default texts, one per stage of the default policy. Courteous, private and without threats
 * (CDC art. 42); every collection text identifies the creditor (art. 42-A).
 */
export const DEFAULT_TEMPLATES: readonly MessageTemplate[] = [
  {
    id: 'a_vencer',
    name: 'Lembrete antes do vencimento',
    channel: 'whatsapp',
    subject: 'Lembrete de vencimento - {loja}',
    body:
      'Olá, {nome}! Tudo bem? Aqui é da {loja}. Passando só para lembrar que a sua parcela de {valor} vence em {vencimento}.\n' +
      'Se preferir pagar por Pix, é só usar o código abaixo:\n{pix_copia_e_cola}\n' +
      'Qualquer dúvida, fale com a gente pelo {telefone_loja}. Obrigado pela preferência!',
  },
  {
    id: 'vencido',
    name: 'Lembrete de parcela vencida',
    channel: 'whatsapp',
    subject: 'Parcela em aberto - {loja}',
    body:
      'Olá, {nome}! Aqui é da {loja}. Notamos que a parcela com vencimento em {vencimento} ainda está em aberto. ' +
      'Pode ter sido só um esquecimento, acontece!\n' +
      'O valor atualizado hoje é {valor}. Para pagar por Pix:\n{pix_copia_e_cola}\n' +
      'Se já pagou, por favor desconsidere esta mensagem. Estamos à disposição pelo {telefone_loja}.',
  },
  {
    id: 'cobranca',
    name: 'Aviso formal de débito',
    channel: 'email',
    subject: 'Aviso de débito em aberto - {loja}',
    body:
      'Prezado(a) {nome},\n\n' +
      'Consta em nossos registros um débito em aberto com a {loja} (CPF/CNPJ {documento_loja}), ' +
      'com vencimento em {vencimento} e {dias_atraso} dias de atraso.\n\n' +
      'Parcelas em aberto:\n{parcelas}\n\n' +
      'Valor atualizado com multa e juros até hoje: {valor}.\n\n' +
      'Você pode pagar na loja ou por Pix (copia e cola):\n{pix_copia_e_cola}\n\n' +
      'Se o pagamento já foi feito, pedimos que desconsidere este aviso. Para conversar sobre o débito, ' +
      'entre em contato pelo {telefone_loja}.\n\n' +
      'Atenciosamente,\n{loja}\n{endereco_loja}',
  },
  {
    id: 'negociacao',
    name: 'Proposta de acordo',
    channel: 'phone',
    subject: 'Proposta de acordo - {loja}',
    body:
      'Olá, {nome}! Aqui é da {loja}. Sabemos que imprevistos acontecem e queremos ajudar você a colocar as contas em dia.\n' +
      'O débito em aberto hoje é de {valor}, com {dias_atraso} dias de atraso. Podemos combinar um acordo com entrada ' +
      'e parcelas que caibam no seu orçamento.\n' +
      'Quando for um bom momento para conversarmos? Nosso telefone é {telefone_loja}.',
  },
  {
    id: 'notificacao',
    name: 'Notificação extrajudicial',
    channel: 'letter',
    subject: 'NOTIFICAÇÃO EXTRAJUDICIAL',
    body:
      'Notificante (credor): {loja}, CPF/CNPJ {documento_loja}, {endereco_loja}.\n' +
      'Notificado(a) (devedor): {nome}.\n\n' +
      'Pela presente, comunicamos que se encontra em aberto o débito referente a compras a prazo realizadas na {loja}, ' +
      'com vencimento original em {vencimento} ({dias_atraso} dias de atraso), conforme o demonstrativo abaixo:\n' +
      '{parcelas}\n\n' +
      'Valor atualizado até a data desta notificação, com multa e juros de mora: {valor}.\n\n' +
      'Solicitamos o pagamento ou o contato para negociação no prazo de 10 (dez) dias a contar do recebimento, ' +
      'na loja, por Pix (copia e cola: {pix_copia_e_cola}) ou pelo telefone {telefone_loja}.\n\n' +
      'Não havendo pagamento ou acordo nesse prazo, o credor poderá adotar as medidas previstas em lei, como a inclusão ' +
      'do débito em cadastros de proteção ao crédito, após o aviso prévio devido, o protesto do título ou a cobrança judicial.\n\n' +
      'Caso o pagamento já tenha sido efetuado, pedimos que desconsidere esta notificação.\n\n' +
      '{loja}',
  },
  {
    id: 'suspenso',
    name: 'Aviso prévio de negativação',
    channel: 'letter',
    subject: 'AVISO PRÉVIO DE INCLUSÃO EM CADASTRO DE PROTEÇÃO AO CRÉDITO',
    body:
      'Credor: {loja}, CPF/CNPJ {documento_loja}, {endereco_loja}.\n' +
      'Destinatário(a): {nome}.\n\n' +
      'Informamos, nos termos do art. 43, § 2º, do Código de Defesa do Consumidor, que o débito abaixo, vencido em ' +
      '{vencimento}, no valor atualizado de {valor}, poderá ser incluído em cadastro de proteção ao crédito (SPC/Serasa) ' +
      'caso não seja pago ou negociado em até 10 (dez) dias do recebimento deste aviso.\n' +
      '{parcelas}\n\n' +
      'Enquanto houver débito em atraso, novas compras a prazo ficam suspensas. Para pagar ou propor um acordo, ' +
      'procure a loja ou ligue para {telefone_loja}. Pix (copia e cola): {pix_copia_e_cola}\n\n' +
      'Se o débito já foi pago, por favor desconsidere este aviso.\n\n{loja}',
  },
  {
    id: 'juridico',
    name: 'Último contato antes de medidas legais',
    channel: 'internal',
    subject: 'Débito em aberto - {loja}',
    body:
      'Prezado(a) {nome},\n\n' +
      'Apesar dos nossos contatos anteriores, o débito de {valor} com a {loja} (CPF/CNPJ {documento_loja}), vencido em ' +
      '{vencimento}, continua em aberto. Ainda preferimos resolver por acordo: entre em contato pelo {telefone_loja}.\n\n' +
      'Sem retorno, o débito poderá ser encaminhado para cobrança por meios legais, como o Juizado Especial Cível.\n\n' +
      'Atenciosamente,\n{loja}',
  },
];

export function templateById(id: string, templates: readonly MessageTemplate[] = DEFAULT_TEMPLATES): MessageTemplate | null {
  return templates.find((t) => t.id === id) ?? null;
}

/**
 * Words and phrases that have no place in a collection message (CDC art. 42 and 71:
 * threats, exposure, embarrassment). A helper for settings to warn when a shop edits a text.
 */
const ABUSIVE_PATTERNS: readonly RegExp[] = [
  /\bcaloteir[oa]s?\b/i,
  /\bvergonha\b/i,
  /\bexpor\b|\bexposi[çc][ãa]o\b/i,
  /\bpris[ãa]o\b|\bpres[oa]\b|\bcadeia\b/i,
  /\bpol[íi]cia\b/i,
  /\bseu (chefe|patr[ãa]o|trabalho)\b/i,
  /\bvizinh/i,
  /\bfam[íi]lia\b/i,
  /\bamea[çc]/i,
  /\bredes sociais\b/i,
];

/** Fragments of a text that look abusive under CDC art. 42 (to warn, not to block). */
export function abusiveFragments(text: string): string[] {
  const out: string[] = [];
  for (const re of ABUSIVE_PATTERNS) {
    const m = re.exec(text);
    if (m) out.push(m[0]);
  }
  return out;
}

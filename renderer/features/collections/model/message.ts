// Builds a collection message for a customer from a template (pure).
import { daysBetween } from '@shared/dates/calendar';
import { encodePixPayload } from '@shared/br/pix';
import { renderTemplate, templateVars, type MessageTemplate, type TemplateVars } from '@shared/messages/templates';

export interface MessageShop {
  name: string;
  tradeName: string;
  document: string;
  phone: string;
  pixKey: string;
  address: { street: string; number: string; district: string; city: string; uf: string } | null;
}

export interface MessageDebt {
  customerName: string;
  /** Open installments valued today: due date, number/count, total due today. */
  installments: readonly { dueDate: string; number: number; count: number; totalCents: number }[];
}

function addressLine(a: MessageShop['address']): string | undefined {
  if (!a) return undefined;
  const street = [a.street, a.number].filter((x) => x.trim() !== '').join(', ');
  const city = [a.city, a.uf].filter((x) => x.trim() !== '').join('/');
  const line = [street, a.district, city].filter((x) => x.trim() !== '').join(' - ');
  return line === '' ? undefined : line;
}

/** The shop's own data for templateVars (what the shop has filled in). */
function shopFields(shop: MessageShop): { shopName?: string; shopPhone?: string; shopDocument?: string; shopAddress?: string } {
  const shopName = shop.tradeName || shop.name;
  const shopAddress = addressLine(shop.address);
  return {
    ...(shopName ? { shopName } : {}),
    ...(shop.phone ? { shopPhone: shop.phone } : {}),
    ...(shop.document ? { shopDocument: shop.document } : {}),
    ...(shopAddress ? { shopAddress } : {}),
  };
}

/** The template variables of the shop alone (a template's preview shows the shop's own name). */
export function shopTemplateVars(shop: MessageShop): TemplateVars {
  return templateVars(shopFields(shop));
}

/** A Pix copia-e-cola for the amount, or undefined when the shop has no key or city. */
export function pixFor(shop: MessageShop, cents: number): string | undefined {
  if (!shop.pixKey || !shop.address?.city || cents <= 0) return undefined;
  try {
    return encodePixPayload({ key: shop.pixKey, merchantName: shop.tradeName || shop.name, merchantCity: shop.address.city, amountCents: cents });
  } catch {
    return undefined;
  }
}

/**
 * Variables for the templates: the overdue installments when there are any (amount with
 * charges today), otherwise the next one falling due (friendly reminder).
 */
export function messageVarsFor(debt: MessageDebt, shop: MessageShop, today: string): TemplateVars {
  const overdue = debt.installments.filter((i) => i.dueDate < today);
  const list = overdue.length > 0 ? overdue : debt.installments.slice(0, 1);
  const amount = list.reduce((s, i) => s + i.totalCents, 0);
  const first = list[0];
  return templateVars({
    customerName: debt.customerName,
    amountCents: amount,
    dueDate: first?.dueDate ?? null,
    daysLate: first ? Math.max(0, daysBetween(first.dueDate, today)) : null,
    ...shopFields(shop),
    ...(pixFor(shop, amount) ? { pixPayload: pixFor(shop, amount) } : {}),
    installments: list.map((i) => ({ number: i.number, dueDate: i.dueDate, amountCents: i.totalCents })),
  });
}

export interface RenderedMessage {
  subject: string;
  body: string;
}

/** Renders subject and body; a known placeholder without a value is dropped with its line
 *  when the line holds nothing else (e.g. no Pix key set), so no "{...}" reaches a customer. */
export function renderMessage(t: Pick<MessageTemplate, 'subject' | 'body'>, vars: TemplateVars): RenderedMessage {
  const clean = (text: string): string =>
    renderTemplate(text, vars)
      .split('\n')
      .filter((line) => !/^\s*\{[a-z_]+\}\s*$/.test(line))
      .join('\n')
      .replace(/\{(pix_copia_e_cola|telefone_loja|documento_loja|endereco_loja)\}/g, '')
      .replace(/[ \t]+([.,;:])/g, '$1');
  return { subject: clean(t.subject), body: clean(t.body) };
}

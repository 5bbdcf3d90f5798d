import { DomainError } from '../errors';
import { phoneToE164Digits } from '../br/format';

/** https://wa.me/55DDDNUMBER?text=... for a Brazilian phone (with or without +55 and punctuation). */
export function whatsappUrl(phone: string, text: string): string {
  const digits = phoneToE164Digits(phone);
  return text === '' ? `https://wa.me/${digits}` : `https://wa.me/${digits}?text=${encodeURIComponent(text)}`;
}

const EMAIL_RE = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

export function isValidEmail(email: string): boolean {
  return EMAIL_RE.test(email.trim());
}

/** mailto: link with subject and body (line breaks as CRLF, RFC 6068). */
export function mailtoUrl(email: string, subject: string, body: string): string {
  const to = email.trim();
  if (!isValidEmail(to)) throw new DomainError('invalid_email', `E-mail inválido: "${email}".`, { email });
  const enc = (s: string): string => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  const params: string[] = [];
  if (subject !== '') params.push(`subject=${enc(subject)}`);
  if (body !== '') params.push(`body=${enc(body)}`);
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}${params.length ? `?${params.join('&')}` : ''}`;
}

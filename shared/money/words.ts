import { DomainError } from '../errors';

const UNITS = [
  'zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove',
  'dez', 'onze', 'doze', 'treze', 'quatorze', 'quinze', 'dezesseis', 'dezessete', 'dezoito', 'dezenove',
];
const TENS = ['', '', 'vinte', 'trinta', 'quarenta', 'cinquenta', 'sessenta', 'setenta', 'oitenta', 'noventa'];
const HUNDREDS = [
  '', 'cento', 'duzentos', 'trezentos', 'quatrocentos', 'quinhentos',
  'seiscentos', 'setecentos', 'oitocentos', 'novecentos',
];
/** Scale names for groups of three digits: [singular, plural]; index = group position. */
const SCALES: readonly (readonly [string, string])[] = [
  ['', ''],
  ['mil', 'mil'],
  ['milhão', 'milhões'],
  ['bilhão', 'bilhões'],
  ['trilhão', 'trilhões'],
];

/** 0..999 in words ("cem", "cento e um", "duzentos e trinta e quatro"). */
function below1000(n: number): string {
  if (n < 20) return UNITS[n] ?? '';
  if (n < 100) {
    const t = TENS[Math.floor(n / 10)] ?? '';
    return n % 10 === 0 ? t : `${t} e ${UNITS[n % 10] ?? ''}`;
  }
  if (n === 100) return 'cem';
  const h = HUNDREDS[Math.floor(n / 100)] ?? '';
  return n % 100 === 0 ? h : `${h} e ${below1000(n % 100)}`;
}

/** A non-negative integer in Brazilian Portuguese words (masculine). */
export function integerInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new DomainError('invalid_amount', 'Número inválido para escrever por extenso.', { value: n });
  }
  if (n === 0) return 'zero';
  const groups: number[] = [];
  for (let r = n; r > 0; r = Math.floor(r / 1000)) groups.push(r % 1000);
  if (groups.length > SCALES.length) {
    throw new DomainError('invalid_amount', 'Valor grande demais para escrever por extenso.', { value: n });
  }
  const parts: { text: string; value: number }[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] ?? 0;
    if (g === 0) continue;
    const scale = SCALES[i] ?? ['', ''];
    let text: string;
    if (i === 0) text = below1000(g);
    else if (i === 1) text = g === 1 ? 'mil' : `${below1000(g)} mil`;
    else text = `${below1000(g)} ${g === 1 ? scale[0] : scale[1]}`;
    parts.push({ text, value: g });
  }
  // The last group is joined with "e" when it is below 100 or a round hundred
  // ("dois mil e um", "mil e cem", "dois milhões e quinhentos mil"); otherwise by a space.
  let out = parts[0]?.text ?? '';
  for (let k = 1; k < parts.length; k++) {
    const p = parts[k];
    if (!p) continue;
    const isLast = k === parts.length - 1;
    const useE = isLast && (p.value < 100 || p.value % 100 === 0);
    out += (useE ? ' e ' : ' ') + p.text;
  }
  return out;
}

/**
 * An amount in words as written on receipts and cheques:
 * 1_00 -> "um real", 1 -> "um centavo", 123_45 -> "cento e vinte e três reais e quarenta e
 * cinco centavos", 1_000_000_00 -> "um milhão de reais".
 */
export function amountInWords(cents: number): string {
  if (!Number.isSafeInteger(cents)) {
    throw new DomainError('invalid_amount', 'Valor inválido: use centavos inteiros.', { value: cents });
  }
  if (cents < 0) return `menos ${amountInWords(-cents)}`;
  if (cents === 0) return 'zero reais';
  const reais = Math.floor(cents / 100);
  const cent = cents % 100;
  const pieces: string[] = [];
  if (reais > 0) {
    const words = integerInWords(reais);
    // "de reais" after a bare million/billion: "um milhão de reais", "dois bilhões de reais".
    const de = reais >= 1_000_000 && reais % 1_000_000 === 0 ? ' de' : '';
    pieces.push(`${words}${de} ${reais === 1 ? 'real' : 'reais'}`);
  }
  if (cent > 0) pieces.push(`${integerInWords(cent)} ${cent === 1 ? 'centavo' : 'centavos'}`);
  return pieces.join(' e ');
}

// Demo customers: names, valid CPFs/CNPJs (checked with the shared helpers), phones, addresses.
import { cnpjCheckDigits, isValidCpf } from '@shared/br/cpf-cnpj';
import type { CustomerRow, Phone } from '../types';
import { customerTokens, fold } from '../search-tokens';
import { CITIES, COMPANY_WORDS, FEMALE, MALE, STREETS, SURNAMES } from './names';
import type { Rng } from './prng';

const digits = (rng: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
};

/** A random valid CPF: 9 random digits, then the check digits the shared validator accepts. */
export function randomCpf(rng: Rng): string {
  for (;;) {
    const base = digits(rng, 9);
    for (let dv = 0; dv < 100; dv++) {
      const cpf = base + String(dv).padStart(2, '0');
      if (isValidCpf(cpf)) return cpf;
    }
  }
}

export function randomCnpj(rng: Rng): string {
  const base = `${digits(rng, 8)}0001`;
  return base + cnpjCheckDigits(base);
}

export type CustomerFields = Omit<CustomerRow, 'id' | 'createdAt' | 'updatedAt' | 'deviceId'>;

export function randomCustomer(rng: Rng, used: Set<string>): CustomerFields {
  const city = rng.pick(CITIES);
  const pj = rng.chance(0.05);
  const female = rng.chance(0.55);
  const first = rng.pick(female ? FEMALE : MALE);
  const last = rng.pick(SURNAMES);
  const name = pj ? `${rng.pick(COMPANY_WORDS)} ${last} Ltda` : `${first}${rng.chance(0.4) ? ` ${rng.pick(female ? FEMALE : MALE)}` : ''} ${rng.chance(0.6) ? `${rng.pick(SURNAMES)} ` : ''}${last}`;
  let document = pj ? randomCnpj(rng) : randomCpf(rng);
  while (used.has(document)) document = pj ? randomCnpj(rng) : randomCpf(rng);
  used.add(document);
  const phones: Phone[] = [{ number: `(${city.ddd}) 9${digits(rng, 4)}-${digits(rng, 4)}`, whatsapp: true }];
  if (rng.chance(0.25)) phones.push({ number: `(${city.ddd}) 3${digits(rng, 3)}-${digits(rng, 4)}`, whatsapp: false, label: pj ? 'Comercial' : 'Casa' });
  const email = rng.chance(0.4) ? `${fold(first)}.${fold(last)}${rng.int(1, 99)}@${rng.pick(['gmail.com', 'hotmail.com', 'yahoo.com.br', 'outlook.com'])}`.replace(/\s+/g, '') : null;
  const cep = (city.cep + digits(rng, 8)).slice(0, 8);
  const base = { name, document, phones };
  return {
    ...base,
    kind: pj ? 'PJ' : 'PF',
    email,
    address: { cep, street: rng.pick(STREETS), number: String(rng.int(1, 2500)), complement: rng.chance(0.2) ? `Casa ${rng.int(1, 4)}` : '', district: rng.pick(city.districts), city: city.name, uf: city.uf },
    creditLimitCents: rng.chance(0.3) ? null : rng.int(10, 100) * 5_000,
    notes: '',
    blocked: false,
    blockedReason: null,
    anonymizedAt: null,
    searchTokens: customerTokens(base),
    sortName: fold(name),
  };
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crc16, crc16Hex } from './crc16';
import { decodePixPayload, encodePixPayload, normalizePixKey, normalizePixText } from './pix';
import { dateFromFactor, dueDateFactor, mod10, mod11Barcode, parseBoletoCode } from './boleto';
import { cnpjCheckDigits, formatCnpj, formatCpf, isValidCnpj, isValidCpf, personTypeOf } from './cpf-cnpj';
import { formatCep, formatPhoneBR, phoneToE164Digits } from './format';
import { DomainError } from '../errors';

const PIX_EVP =
  '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D';
const PIX_EMAIL =
  '00020126510014br.gov.bcb.pix0115thalesog@me.com0210Pedido 123520400005303986540510.005802BR5914THALES OGLIARI6015SAO MIGUEL DO O62070503***63040DC6';

function expectDomainError(fn: () => unknown, code: string, message?: RegExp): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe(code);
    if (message) expect((e as DomainError).message).toMatch(message);
    return;
  }
  expect.unreachable('expected a DomainError');
}

describe('crc16', () => {
  it('has the CCITT-FALSE check value 29B1', () => {
    expect(crc16('123456789')).toBe(0x29b1);
    expect(crc16Hex('123456789')).toBe('29B1');
    expect(crc16Hex('')).toBe('FFFF');
  });
  it('matches the public Pix examples', () => {
    expect(crc16Hex(PIX_EVP.slice(0, -4))).toBe('1D3D');
    expect(crc16Hex(PIX_EMAIL.slice(0, -4))).toBe('0DC6');
    const withoutAmount = PIX_EMAIL.replace('540510.00', '').slice(0, -4);
    expect(crc16Hex(withoutAmount)).toBe('62CA');
  });
});

describe('decodePixPayload', () => {
  it('reads the public examples', () => {
    expect(decodePixPayload(PIX_EVP)).toEqual({
      key: '123e4567-e12b-12d1-a456-426655440000',
      merchantName: 'Fulano de Tal',
      merchantCity: 'BRASILIA',
    });
    expect(decodePixPayload(PIX_EMAIL)).toEqual({
      key: 'thalesog@me.com',
      merchantName: 'THALES OGLIARI',
      merchantCity: 'SAO MIGUEL DO O',
      amountCents: 1000,
      description: 'Pedido 123',
    });
    const noAmount = PIX_EMAIL.replace('540510.00', '').replace(/0DC6$/, '62CA');
    expect(decodePixPayload(noAmount).amountCents).toBeUndefined();
    expect(decodePixPayload(`  ${PIX_EVP}\n`).key).toBe('123e4567-e12b-12d1-a456-426655440000');
  });
  it('rejects a bad CRC with a Portuguese message', () => {
    expectDomainError(() => decodePixPayload(PIX_EVP.replace(/1D3D$/, '1D3E')), 'invalid_pix', /CRC\) não confere/);
    expectDomainError(() => decodePixPayload(PIX_EVP.replace('Fulano', 'Fulana')), 'invalid_pix', /CRC/);
  });
  it('accepts a lowercase CRC', () => {
    expect(decodePixPayload(PIX_EVP.replace(/1D3D$/, '1d3d')).merchantCity).toBe('BRASILIA');
  });
  it('rejects lengths that overrun', () => {
    const body = '000201' + '2699' + '0014br.gov.bcb.pix' + '6304';
    expectDomainError(() => decodePixPayload(body + crc16Hex(body)), 'invalid_pix', /termina antes/);
    const sub = '00020126300014br.gov.bcb.pix0150abc' + '5802BR6304';
    // field 26 is consistent (30 chars) but its sub-field 01 claims 50
    const fixed = sub.replace('2630', `26${String('0014br.gov.bcb.pix0150abc'.length).padStart(2, '0')}`);
    expectDomainError(() => decodePixPayload(fixed + crc16Hex(fixed)), 'invalid_pix', /termina antes/);
    expectDomainError(() => decodePixPayload('000201'), 'invalid_pix');
    expectDomainError(() => decodePixPayload('hello world, not a pix'), 'invalid_pix');
  });
  it('accepts any case of the GUI and skips unknown fields and sub-fields', () => {
    const account = '0014BR.GOV.BCB.PIX' + '0111' + '52998224725' + '9903xyz';
    const body =
      '000201' +
      '010211' +
      '04120123456789AB' +
      `26${String(account.length).padStart(2, '0')}${account}` +
      '52040000530398654041.50' +
      '5802BR5905MARIA6009SAO PAULO' +
      '610801310100' +
      '62160505ABC120703xyz' +
      '80100006abcdef' +
      '6304';
    const payload = body + crc16Hex(body);
    expect(decodePixPayload(payload)).toEqual({
      key: '52998224725',
      merchantName: 'MARIA',
      merchantCity: 'SAO PAULO',
      amountCents: 150,
      txid: 'ABC12',
      postalCode: '01310100',
    });
  });
  it('explains a dynamic (URL) Pix', () => {
    const account = '0014br.gov.bcb.pix2520pix.example.com/qr/1';
    const body = `000201${`26${account.length}${account}`}5204000053039865802BR5901A6001B62070503***6304`;
    expectDomainError(() => decodePixPayload(body + crc16Hex(body)), 'invalid_pix', /dinâmico/);
  });
  it('requires a CRC field at the end', () => {
    const body = '0002012629' + '0014br.gov.bcb.pix0107abc@d.e';
    expectDomainError(() => decodePixPayload(body), 'invalid_pix', /CRC/);
  });
});

describe('encodePixPayload', () => {
  it('writes fields in order with a valid CRC', () => {
    const p = encodePixPayload({
      key: 'thalesog@me.com',
      merchantName: 'Thales Ogliari',
      merchantCity: 'São Miguel do Oeste',
      amountCents: 1000,
      description: 'Pedido 123',
    });
    const body =
      '00020126510014br.gov.bcb.pix0115thalesog@me.com0210PEDIDO 123520400005303986540510.005802BR5914THALES OGLIARI6015SAO MIGUEL DO O62070503***6304';
    expect(p).toBe(body + crc16Hex(body));
  });
  it('reproduces the first public example when given normalised data', () => {
    const p = encodePixPayload({
      key: '123E4567-E12B-12D1-A456-426655440000',
      merchantName: 'Fulano de Tal',
      merchantCity: 'Brasília',
    });
    const body =
      '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913FULANO DE TAL6008BRASILIA62070503***6304';
    expect(p).toBe(body + crc16Hex(body));
  });
  it.each([
    ['529.982.247-25', '52998224725'],
    ['12.ABC.345/01de-35', '12ABC34501DE35'],
    ['11.222.333/0001-81', '11222333000181'],
    ['+55 (11) 91234-5678', '+5511912345678'],
    ['(11) 91234-5678', '+5511912345678'],
    ['11912345678', '+5511912345678'],
    ['Loja@Exemplo.COM.br', 'loja@exemplo.com.br'],
    ['123E4567-E12B-12D1-A456-426655440000', '123e4567-e12b-12d1-a456-426655440000'],
  ])('normalises key %s -> %s', (raw, key) => {
    expect(normalizePixKey(raw).key).toBe(key);
    expect(decodePixPayload(encodePixPayload({ key: raw, merchantName: 'A', merchantCity: 'B' })).key).toBe(key);
  });
  it('cuts name and city to 25/15 and strips accents and symbols', () => {
    const d = decodePixPayload(
      encodePixPayload({
        key: 'a@b.co',
        merchantName: 'Mercadinho São João & Filhos Ltda.',
        merchantCity: 'São José dos Campos',
      }),
    );
    expect(d.merchantName).toBe('MERCADINHO SAO JOAO FILHO');
    expect(d.merchantCity).toBe('SAO JOSE DOS CA');
    expect(normalizePixText('  Ação  Çãé ', 25)).toBe('ACAO CAE');
  });
  it('rejects an empty key, a bad txid and a non-positive amount', () => {
    const base = { key: 'a@b.co', merchantName: 'Loja', merchantCity: 'Recife' };
    expectDomainError(() => encodePixPayload({ ...base, key: '   ' }), 'invalid_pix_key');
    expectDomainError(() => encodePixPayload({ ...base, key: 'not a key' }), 'invalid_pix_key');
    expectDomainError(() => encodePixPayload({ ...base, key: '123.456.789-00' }), 'invalid_pix_key');
    expectDomainError(() => encodePixPayload({ ...base, txid: 'com espaço' }), 'invalid_pix', /txid/);
    expectDomainError(() => encodePixPayload({ ...base, txid: 'a'.repeat(26) }), 'invalid_pix', /txid/);
    expectDomainError(() => encodePixPayload({ ...base, txid: '' }), 'invalid_pix', /txid/);
    expectDomainError(() => encodePixPayload({ ...base, txid: 'PED-1' }), 'invalid_pix', /txid/);
    expectDomainError(() => encodePixPayload({ ...base, amountCents: 0 }), 'invalid_amount');
    expectDomainError(() => encodePixPayload({ ...base, amountCents: -100 }), 'invalid_amount');
    expectDomainError(() => encodePixPayload({ ...base, amountCents: 1.5 }), 'invalid_amount');
    expectDomainError(() => encodePixPayload({ ...base, merchantName: '!!!' }), 'invalid_pix');
    expect(encodePixPayload({ ...base, txid: 'a'.repeat(25) })).toContain('0525' + 'a'.repeat(25));
  });
  it('keeps the account template within 99 characters', () => {
    const p = encodePixPayload({
      key: '123e4567-e12b-12d1-a456-426655440000',
      merchantName: 'Loja',
      merchantCity: 'Natal',
      description: 'x'.repeat(200),
    });
    const d = decodePixPayload(p);
    expect(d.description).toBe('X'.repeat(99 - 18 - 40 - 4));
    expect(p.slice(6, 10)).toBe('2699');
  });

  const upperText = (max: number) =>
    fc
      .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '.split('')), { minLength: 1, maxLength: max })
      .map((a) => a.join('').replace(/\s+/g, ' ').trim())
      .filter((s) => s.length > 0);
  it('round-trips encode/decode (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uuid().map((u) => u.toLowerCase()),
          fc.emailAddress().filter((e) => e.length <= 40 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)).map((e) => e.toLowerCase()),
          fc.integer({ min: 10_000_000, max: 999_999_999 }).map((n) => `+5511${n}`),
        ),
        upperText(25),
        upperText(15),
        fc.option(fc.integer({ min: 1, max: 999_999_999_999 }), { nil: undefined }),
        fc.option(fc.stringMatching(/^[A-Za-z0-9]{1,25}$/), { nil: undefined }),
        fc.option(upperText(20), { nil: undefined }),
        (key, merchantName, merchantCity, amountCents, txid, description) => {
          const input = { key, merchantName, merchantCity, amountCents, txid, description };
          const payload = encodePixPayload(input);
          expect(crc16Hex(payload.slice(0, -4))).toBe(payload.slice(-4));
          const decoded = decodePixPayload(payload);
          const expected: Record<string, unknown> = { key, merchantName, merchantCity };
          if (amountCents !== undefined) expected.amountCents = amountCents;
          if (txid !== undefined) expected.txid = txid;
          if (description !== undefined) expected.description = description;
          expect(decoded).toEqual(expected);
        },
      ),
    );
  });
  it('normalises free text on round trip (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.string({ minLength: 1, maxLength: 30 }), (name, city) => {
        const n = normalizePixText(name, 25);
        const c = normalizePixText(city, 15);
        fc.pre(n !== '' && c !== '');
        const d = decodePixPayload(encodePixPayload({ key: 'a@b.co', merchantName: name, merchantCity: city }));
        expect(d.merchantName).toBe(n);
        expect(d.merchantCity).toBe(c);
        expect(n).toMatch(/^[A-Z0-9 ]{1,25}$/);
      }),
    );
  });
});

describe('boleto codes', () => {
  const pairs: [string, string, string][] = [
    ['23798100100000002000001250005663148712345670', '23790.00124 50005.663146 87123.456706 8 10010000000200', '2025-02-23'],
    ['23792200000000002000001250002201913912345670', '23790.00124 50002.201916 39123.456707 2 20000000000200', '2027-11-19'],
    ['23794999900000002000001250003608445412345670', '23790.00124 50003.608440 54123.456706 4 99990000000200', '2049-10-13'],
  ];
  it.each(pairs)('barcode %s <-> %s (due %s)', (barcode, line, due) => {
    const today = due < '2040-01-01' ? '2025-06-01' : '2040-01-01';
    for (const input of [barcode, line, line.replace(/[ .]/g, '')]) {
      const r = parseBoletoCode(input, { today });
      expect(r.barcode).toBe(barcode);
      expect(r.digitableLine).toBe(line);
      expect(r.digitableDigits).toBe(line.replace(/[ .]/g, ''));
      expect(r.bankCode).toBe('237');
      expect(r.amountCents).toBe(200);
      expect(r.dueDate).toBe(due);
    }
    expect(dueDateFactor(due)).toBe(Number(barcode.slice(5, 9)));
  });
  it('computes the factor with the 2025 reset', () => {
    expect(dueDateFactor('1997-10-07')).toBe(9000); // closed form at day 0
    expect(dueDateFactor('2000-07-03')).toBe(1000);
    expect(dueDateFactor('2025-02-21')).toBe(9999);
    expect(dueDateFactor('2025-02-22')).toBe(1000);
    expect(dueDateFactor('2025-02-23')).toBe(1001);
    expect(dueDateFactor('2049-10-13')).toBe(9999);
    expect(dueDateFactor('2049-10-14')).toBe(1000);
    expect(() => dueDateFactor('1997-10-06')).toThrow(DomainError);
  });
  it('resolves the factor in the -3000/+5500 window', () => {
    expect(dateFromFactor(9999, '2025-06-01')).toBe('2025-02-21');
    expect(dateFromFactor(1001, '2025-02-20')).toBe('2025-02-23');
    expect(dateFromFactor(1001, '2024-01-01')).toBe('2025-02-23');
    // 9999 seen from 2040 is the 2049 rollover, not 2025 (more than 3000 days ago)
    expect(dateFromFactor(9999, '2040-01-01')).toBe('2049-10-13');
    fc.assert(
      fc.property(fc.integer({ min: 15000, max: 40000 }), fc.integer({ min: -3000, max: 5500 }), (t, off) => {
        const today = new Date(t * 86400000).toISOString().slice(0, 10);
        const due = new Date((t + off) * 86400000).toISOString().slice(0, 10);
        expect(dateFromFactor(dueDateFactor(due), today)).toBe(due);
      }),
    );
  });
  it('gives null for factor 0000', () => {
    const body = '2379' + '0000' + '0000012345' + '0000125000566314871234567'.slice(0, 25);
    const bar = body.slice(0, 4) + String(mod11Barcode(body)) + body.slice(4);
    const r = parseBoletoCode(bar, { today: '2025-06-01' });
    expect(r.dueDate).toBeNull();
    expect(r.amountCents).toBe(12345);
    expect(parseBoletoCode(r.digitableLine, { today: '2025-06-01' }).barcode).toBe(bar);
  });
  it('validates every check digit', () => {
    const line = '23790.00124 50005.663146 87123.456706 8 10010000000200';
    expectDomainError(() => parseBoletoCode(line.replace('00124', '00125'), { today: '2025-06-01' }), 'invalid_boleto', /campo 1/);
    expectDomainError(() => parseBoletoCode(line.replace('663146', '663145'), { today: '2025-06-01' }), 'invalid_boleto', /campo 2/);
    expectDomainError(() => parseBoletoCode(line.replace('456706', '456707'), { today: '2025-06-01' }), 'invalid_boleto', /campo 3/);
    expectDomainError(() => parseBoletoCode(line.replace(' 8 ', ' 7 '), { today: '2025-06-01' }), 'invalid_boleto', /geral/);
    expectDomainError(
      () => parseBoletoCode('23798100100000002000001250005663148712345671', { today: '2025-06-01' }),
      'invalid_boleto',
      /geral/,
    );
    expectDomainError(() => parseBoletoCode('2379810010000000200000125', { today: '2025-06-01' }), 'invalid_boleto', /44/);
    expectDomainError(() => parseBoletoCode('2379x', { today: '2025-06-01' }), 'invalid_boleto');
  });
  it('refuses utility slips starting with 8', () => {
    expectDomainError(
      () => parseBoletoCode('836200000005 667800481000 180975657313 001589636081', { today: '2025-06-01' }),
      'invalid_boleto',
      /começa com 8/,
    );
  });
  it('mod10 and mod11 follow FEBRABAN', () => {
    expect(mod10('237900012')).toBe(4);
    expect(mod10('5000566314')).toBe(6);
    expect(mod11Barcode('2379' + '100100000002000001250005663148712345670')).toBe(8);
  });
});

describe('CPF and CNPJ', () => {
  it.each([
    ['529.982.247-25', true],
    ['52998224725', true],
    ['111.444.777-35', true],
    ['529.982.247-24', false],
    ['111.111.111-11', false],
    ['000.000.000-00', false],
    ['5299822472', false],
    ['529982247250', false],
    ['abc', false],
  ])('isValidCpf(%s) = %s', (s, ok) => {
    expect(isValidCpf(s)).toBe(ok);
  });
  it.each([
    ['12.ABC.345/01DE-35', true],
    ['12ABC34501DE35', true],
    ['12.abc.345/01de-35', true],
    ['12.ABC.345/01DE-36', false],
    ['11.222.333/0001-81', true],
    ['11222333000181', true],
    ['11.222.333/0001-80', false],
    ['00.000.000/0000-00', false],
    ['AA.AAA.AAA/AAAA-00', false],
    ['12.ABC.345/01DE-3A', false],
    ['1122233300018', false],
  ])('isValidCnpj(%s) = %s', (s, ok) => {
    expect(isValidCnpj(s)).toBe(ok);
  });
  it('computes alphanumeric check digits', () => {
    expect(cnpjCheckDigits('12ABC34501DE')).toBe('35');
    expect(cnpjCheckDigits('112223330001')).toBe('81');
  });
  it('formats', () => {
    expect(formatCpf('52998224725')).toBe('529.982.247-25');
    expect(formatCpf('529.982.247-25')).toBe('529.982.247-25');
    expect(formatCpf(' 123 ')).toBe('123');
    expect(formatCnpj('12abc34501de35')).toBe('12.ABC.345/01DE-35');
    expect(formatCnpj('11222333000181')).toBe('11.222.333/0001-81');
    expect(formatCnpj('123')).toBe('123');
    expect(personTypeOf('529.982.247-25')).toBe('PF');
    expect(personTypeOf('12.ABC.345/01DE-35')).toBe('PJ');
    expect(personTypeOf('123')).toBeNull();
  });
});

describe('phones and CEP', () => {
  it.each([
    ['11912345678', '(11) 91234-5678'],
    ['+55 11 91234-5678', '(11) 91234-5678'],
    ['5511912345678', '(11) 91234-5678'],
    ['1133334444', '(11) 3333-4444'],
    ['011912345678', '(11) 91234-5678'],
    ['912345678', '91234-5678'],
    ['33334444', '3333-4444'],
    ['12', '12'],
  ])('formatPhoneBR(%s) = %s', (s, out) => {
    expect(formatPhoneBR(s)).toBe(out);
  });
  it('gives E.164 digits', () => {
    expect(phoneToE164Digits('(11) 91234-5678')).toBe('5511912345678');
    expect(phoneToE164Digits('+55 (11) 91234-5678')).toBe('5511912345678');
    expect(phoneToE164Digits('(55) 91234-5678')).toBe('5555912345678');
    expect(phoneToE164Digits('0 11 3333-4444')).toBe('551133334444');
    expectDomainError(() => phoneToE164Digits('91234-5678'), 'invalid_phone', /DDD/);
  });
  it('formats CEP', () => {
    expect(formatCep('01310100')).toBe('01310-100');
    expect(formatCep('01310-100')).toBe('01310-100');
    expect(formatCep('0131')).toBe('0131');
  });
});

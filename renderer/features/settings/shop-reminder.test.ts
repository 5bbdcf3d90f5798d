import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../db/settings-read';
import { missingShopData } from './ShopProfileReminder';

describe('missingShopData', () => {
  const blank = DEFAULT_SETTINGS.shop;
  const address = { cep: '01310100', street: 'Av. Paulista', number: '1000', complement: '', district: 'Bela Vista', city: 'São Paulo', uf: 'SP' };
  it("names what a fresh shop's documents lack: what the letters refuse to print without", () => {
    expect(missingShopData(blank, false)).toEqual(['o nome da loja', 'o endereço', 'o CPF/CNPJ']);
    expect(missingShopData(blank, true)).toEqual(['o nome da loja', 'o endereço', 'o CPF/CNPJ', 'a chave Pix com a cidade (para o QR Code do Pix)']);
    // A trade name alone is not the creditor's name; an invalid CNPJ is missing too.
    expect(missingShopData({ ...blank, tradeName: 'Mercearia', document: '11222333000100', address }, false)).toEqual(['o nome da loja', 'o CPF/CNPJ']);
  });
  it('is empty once the shop is identified (and, for slips, has a Pix key and a city)', () => {
    const named = { ...blank, name: 'Mercearia Boa Vista Ltda', document: '11222333000181', address };
    expect(missingShopData(named, false)).toEqual([]);
    expect(missingShopData(named, true)).toEqual(['a chave Pix com a cidade (para o QR Code do Pix)']);
    expect(missingShopData({ ...named, pixKey: 'loja@exemplo.com' }, true)).toEqual([]);
  });
});

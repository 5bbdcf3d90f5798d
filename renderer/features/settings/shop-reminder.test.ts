import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../db/settings-read';
import { missingShopData } from './ShopProfileReminder';

describe('missingShopData', () => {
  const blank = DEFAULT_SETTINGS.shop;
  const address = { cep: '01310100', street: 'Av. Paulista', number: '1000', complement: '', district: 'Bela Vista', city: 'São Paulo', uf: 'SP' };
  it("names what a fresh shop's documents lack", () => {
    expect(missingShopData(blank, false)).toEqual(['o nome da loja', 'o CPF/CNPJ']);
    expect(missingShopData(blank, true)).toEqual(['o nome da loja', 'o CPF/CNPJ', 'a chave Pix com a cidade (para o QR Code do Pix)']);
  });
  it('is empty once the shop is identified (and, for slips, has a Pix key and a city)', () => {
    const named = { ...blank, tradeName: 'Mercearia Boa Vista', document: '12ABC34501DE35' };
    expect(missingShopData(named, false)).toEqual([]);
    expect(missingShopData({ ...named, pixKey: 'loja@exemplo.com' }, true)).toEqual(['a chave Pix com a cidade (para o QR Code do Pix)']);
    expect(missingShopData({ ...named, pixKey: 'loja@exemplo.com', address }, true)).toEqual([]);
  });
});

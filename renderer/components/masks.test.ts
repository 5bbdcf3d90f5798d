import { describe, expect, it } from 'vitest';
import { maskCep, maskCpfCnpj, maskDateBR, maskPhone } from './masks';

describe('input masks', () => {
  it.each([
    ['529', '529'],
    ['5299', '529.9'],
    ['52998224725', '529.982.247-25'],
    ['529.982.247-25', '529.982.247-25'],
    ['11222333000181', '11.222.333/0001-81'],
    ['12abc34501de35', '12.ABC.345/01DE-35'],
    ['12.ABC.345/01DE-35xyz', '12.ABC.345/01DE-35'],
  ])('CPF/CNPJ %s -> %s', (raw, masked) => expect(maskCpfCnpj(raw)).toBe(masked));

  it.each([
    ['11', '(11'],
    ['1191234', '(11) 9123-4'],
    ['11912345678', '(11) 91234-5678'],
    ['1133334444', '(11) 3333-4444'],
    ['+55 11 91234-5678', '(11) 91234-5678'],
  ])('phone %s -> %s', (raw, masked) => expect(maskPhone(raw)).toBe(masked));

  it('CEP and date', () => {
    expect(maskCep('01310100')).toBe('01310-100');
    expect(maskCep('0131')).toBe('0131');
    expect(maskDateBR('23112026')).toBe('23/11/2026');
    expect(maskDateBR('231')).toBe('23/1');
  });
});

import { describe, expect, it } from 'vitest';
import { customerFormSchema, EMPTY_CUSTOMER } from './customer-form-schema';

describe('the customer form', () => {
  it('says a made-up state (UF) with the other fields, not after the repository refuses it', () => {
    const form = { ...EMPTY_CUSTOMER, name: '', uf: 'XX', city: 'Campinas' };
    const r = customerFormSchema.safeParse(form);
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('uf');
    expect(paths).toContain('name');
    const ok = customerFormSchema.safeParse({ ...form, name: 'Ana Souza', uf: 'sp' });
    expect(ok.success ? [] : ok.error.issues.map((i) => i.path.join('.'))).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, getSettings, setManagerPin, updateSettings, verifyManagerPin } from './settings';
import { auditOf } from './audit';
import { finishDbs, freshDb } from './test-helpers';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

describe('settings', () => {
  it('returns defaults, updates a section field by field and validates in Portuguese', async () => {
    const db = await freshDb();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    await updateSettings(db, 'charges', { finePercent: 2, monthlyInterestPercent: 1.5 });
    await updateSettings(db, 'holidays', [{ date: '2025-01-25', name: 'Aniversário de São Paulo' }]);
    const s = await getSettings(db);
    expect(s.charges).toMatchObject({ finePercent: 2, monthlyInterestPercent: 1.5, graceDays: 0 });
    expect(s.charges.extraHolidays).toEqual(['2025-01-25']);
    const log = await auditOf(db, 'settings', 'charges');
    expect(log.map((a) => a.action)).toEqual(['create']);
    await updateSettings(db, 'charges', { graceDays: 3 });
    expect((await auditOf(db, 'settings', 'charges'))[1]?.after).toEqual({ graceDays: 3 });
    await expect(updateSettings(db, 'general', { closingDay: 31 })).rejects.toThrow('Dia de fechamento entre 1 e 28.');
    await expect(updateSettings(db, 'charges', { finePercent: 50 })).rejects.toThrow(/Multa acima de 2%/);
    // One fine for everyone, consumers included: 2% at most (CDC art. 52, § 1º), also when not typed in the form.
    await expect(updateSettings(db, 'charges', { finePercent: 2.5 })).rejects.toThrow(/CDC, art. 52/);
    expect((await getSettings(db)).charges.finePercent).toBe(2);
    await expect(updateSettings(db, 'collection', { ...DEFAULT_SETTINGS.collection, stages: [] })).rejects.toThrow(/pelo menos uma etapa/);
  });

  it('stores the manager PIN as a salted hash and verifies it', async () => {
    const db = await freshDb();
    expect(await verifyManagerPin(db, '1234')).toBe(false);
    await expect(setManagerPin(db, '12')).rejects.toThrow(/4 a 8 números/);
    await setManagerPin(db, '4321');
    const stored = (await getSettings(db)).security.managerPin;
    expect(stored?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await db.settings.toArray())).not.toContain('4321');
    expect(await verifyManagerPin(db, '4321')).toBe(true);
    expect(await verifyManagerPin(db, '1234')).toBe(false);
    await expect(setManagerPin(db, '9999', '0000')).rejects.toThrow('Senha atual do gerente incorreta.');
    await setManagerPin(db, '9999', '4321');
    expect(await verifyManagerPin(db, '9999')).toBe(true);
  });

  it('text sections keyed with dots (letters, message subjects) survive repeated saves and a restore to default', async () => {
    const db = await freshDb();
    await updateSettings(db, 'letters', { 'lembrete.title': 'T1', 'lembrete.body': 'B1' });
    await updateSettings(db, 'letters', { 'lembrete.title': 'T2', 'lembrete.body': 'B2' });
    await updateSettings(db, 'letters', { 'aviso_atraso.title': 'A1' });
    expect((await getSettings(db)).letters).toEqual({ 'lembrete.title': 'T2', 'lembrete.body': 'B2', 'aviso_atraso.title': 'A1' });
    await updateSettings(db, 'letters', { 'lembrete.title': '', 'lembrete.body': '' });
    expect((await getSettings(db)).letters).toEqual({ 'lembrete.title': '', 'lembrete.body': '', 'aviso_atraso.title': 'A1' });
    await updateSettings(db, 'templates', { lembrete: 'Oi {nome}', 'lembrete.subject': 'S1' });
    await updateSettings(db, 'templates', { 'lembrete.subject': 'S2' });
    expect((await getSettings(db)).templates).toMatchObject({ lembrete: 'Oi {nome}', 'lembrete.subject': 'S2' });
    // A row an older version damaged (an object nested in the record) reads as the texts only.
    await db.settings.update('letters', { value: { 'lembrete.title': 'T3', lembrete: { title: 'x' } } });
    expect((await getSettings(db)).letters).toEqual({ 'lembrete.title': 'T3' });
    await updateSettings(db, 'letters', { 'lembrete.body': 'B3' });
    expect((await getSettings(db)).letters).toEqual({ 'lembrete.title': 'T3', 'lembrete.body': 'B3' });
  });
});

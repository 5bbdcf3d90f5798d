import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { useState } from 'react';
import { formatCpfCnpj, isValidCpfOrCnpj } from '@shared/br/cpf-cnpj';
import { normalizePixKey } from '@shared/br/pix';
import { Field } from '../../components/Field';
import { maskCep, maskCpfCnpj, maskPhone } from '../../components/masks';
import { useDb } from '../../app/database';
import { applyErrors } from '../../app/form-errors';
import { updateSettings, type ShopProfile } from '../../db/settings';

interface Form {
  name: string;
  tradeName: string;
  document: string;
  phone: string;
  email: string;
  pixKey: string;
  cep: string;
  street: string;
  number: string;
  complement: string;
  district: string;
  city: string;
  uf: string;
  logoDataUrl: string | null;
}

function toForm(p: ShopProfile): Form {
  const a = p.address;
  return {
    name: p.name, tradeName: p.tradeName, document: p.document ? formatCpfCnpj(p.document) : '', phone: p.phone, email: p.email, pixKey: p.pixKey,
    cep: a?.cep ? maskCep(a.cep) : '', street: a?.street ?? '', number: a?.number ?? '', complement: a?.complement ?? '', district: a?.district ?? '', city: a?.city ?? '', uf: a?.uf ?? '',
    logoDataUrl: p.logoDataUrl,
  };
}

function masked(reg: UseFormRegisterReturn, mask: (s: string) => string): UseFormRegisterReturn {
  return { ...reg, onChange: (e) => { e.target.value = mask(e.target.value); return reg.onChange(e); } };
}

/** The shop's profile: printed on every document (CDC art. 42-A: name, address, CPF/CNPJ). */
export function ShopProfileForm({ profile, onSaved, submitLabel = 'Salvar dados da loja' }: { profile: ShopProfile; onSaved?: () => void; submitLabel?: string }) {
  const db = useDb();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, setError, setValue, watch, formState: { errors, isSubmitting } } = useForm<Form>({ defaultValues: toForm(profile) });
  const logo = watch('logoDataUrl');

  const onSubmit = handleSubmit(async (f) => {
    setStatus(null);
    let bad = false;
    if (f.name.trim().length < 2) { setError('name', { message: 'Informe o nome (razão social ou seu nome).' }); bad = true; }
    if (f.document.trim() && !isValidCpfOrCnpj(f.document)) { setError('document', { message: 'CPF ou CNPJ inválido: confira os números.' }); bad = true; }
    if (f.pixKey.trim()) {
      try { normalizePixKey(f.pixKey); } catch (e) { setError('pixKey', { message: e instanceof Error ? e.message : 'Chave Pix inválida.' }); bad = true; }
    }
    if (bad) return;
    const hasAddress = [f.cep, f.street, f.number, f.district, f.city, f.uf].some((s) => s.trim());
    const pix = f.pixKey.trim() ? normalizePixKey(f.pixKey).key : '';
    try {
      await updateSettings(db, 'shop', {
        name: f.name.trim(), tradeName: f.tradeName.trim(), document: f.document.toUpperCase().replace(/[^0-9A-Z]/g, ''), phone: f.phone.trim(), email: f.email.trim().toLowerCase(), pixKey: pix,
        address: hasAddress ? { cep: f.cep, street: f.street, number: f.number, complement: f.complement, district: f.district, city: f.city, uf: f.uf } : null,
        logoDataUrl: f.logoDataUrl,
      });
      setStatus({ ok: true, text: 'Dados da loja salvos.' });
      onSaved?.();
    } catch (e) {
      const msg = applyErrors(e, setError, { 'address.cep': 'cep', 'address.uf': 'uf' });
      if (msg) setStatus({ ok: false, text: msg });
    }
  });

  const onLogo = (file: File | undefined): void => {
    if (!file) return;
    if (!/^image\/(png|jpeg)$/.test(file.type)) { setError('logoDataUrl', { message: 'Use uma imagem PNG ou JPG.' }); return; }
    if (file.size > 500_000) { setError('logoDataUrl', { message: 'Imagem grande demais (máximo 500 KB).' }); return; }
    const r = new FileReader();
    r.onload = () => setValue('logoDataUrl', String(r.result), { shouldDirty: true });
    r.readAsDataURL(file);
  };

  return (
    <form onSubmit={onSubmit} noValidate data-testid="shop-form">
      <div className="grid2">
        <Field label="Nome ou razão social *" error={errors.name?.message}>{(p) => <input {...p} {...register('name')} autoComplete="organization" data-testid="shop-name" />}</Field>
        <Field label="Nome fantasia" error={errors.tradeName?.message}>{(p) => <input {...p} {...register('tradeName')} />}</Field>
        <Field label="CPF ou CNPJ" error={errors.document?.message} hint="Aparece em todos os documentos de cobrança (CDC art. 42-A).">{(p) => <input {...p} {...masked(register('document'), maskCpfCnpj)} inputMode="text" data-testid="shop-document" />}</Field>
        <Field label="Telefone" error={errors.phone?.message}>{(p) => <input {...p} {...masked(register('phone'), maskPhone)} inputMode="tel" />}</Field>
        <Field label="E-mail" error={errors.email?.message}>{(p) => <input {...p} {...register('email')} type="email" />}</Field>
        <Field label="Chave Pix" error={errors.pixKey?.message} hint="CPF, CNPJ, celular (+55…), e-mail ou chave aleatória.">{(p) => <input {...p} {...register('pixKey')} data-testid="shop-pix" />}</Field>
      </div>
      <h3>Endereço</h3>
      <div className="grid3">
        <Field label="CEP" error={errors.cep?.message}>{(p) => <input {...p} {...masked(register('cep'), maskCep)} inputMode="numeric" />}</Field>
        <Field label="Rua" error={errors.street?.message} className="span2">{(p) => <input {...p} {...register('street')} data-testid="shop-street" />}</Field>
        <Field label="Número" error={errors.number?.message}>{(p) => <input {...p} {...register('number')} />}</Field>
        <Field label="Complemento" error={errors.complement?.message}>{(p) => <input {...p} {...register('complement')} />}</Field>
        <Field label="Bairro" error={errors.district?.message}>{(p) => <input {...p} {...register('district')} />}</Field>
        <Field label="Cidade" error={errors.city?.message}>{(p) => <input {...p} {...register('city')} data-testid="shop-city" />}</Field>
        <Field label="UF" error={errors.uf?.message}>{(p) => <input {...p} {...register('uf')} maxLength={2} style={{ textTransform: 'uppercase' }} />}</Field>
      </div>
      <Field label="Logotipo (opcional)" error={errors.logoDataUrl?.message} hint="PNG ou JPG até 500 KB; sai no topo dos documentos.">
        {(p) => <input {...p} type="file" accept="image/png,image/jpeg" onChange={(e) => onLogo(e.target.files?.[0])} />}
      </Field>
      {logo ? (
        <div className="row">
          <img src={logo} alt="Logotipo da loja" style={{ maxHeight: 60 }} />
          <button type="button" className="btn small" onClick={() => setValue('logoDataUrl', null)}>Remover logotipo</button>
        </div>
      ) : null}
      {status ? <div className={`alert ${status.ok ? 'ok' : 'danger'}`} role="status">{status.text}</div> : null}
      <div className="row" style={{ marginTop: 12 }}>
        <button className="btn primary" type="submit" disabled={isSubmitting} data-testid="shop-save">{submitLabel}</button>
      </div>
    </form>
  );
}

import { useState } from 'react';
import { useFieldArray, useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from 'react-router-dom';
import { Field } from '../../components/Field';
import { maskCep, maskCpfCnpj, maskPhone } from '../../components/masks';
import { useDb } from '../../app/database';
import { applyErrors } from '../../app/form-errors';
import { createCustomer, updateCustomer } from '../../db/customers';
import { isRepoError } from '../../db/errors';
import type { CustomerRow } from '../../db/types';
import { customerFormSchema, EMPTY_CUSTOMER, fromCustomer, toCustomerInput, type CustomerFormValues } from './customer-form-schema';

function masked(reg: UseFormRegisterReturn, mask: (s: string) => string): UseFormRegisterReturn {
  return { ...reg, onChange: (e) => { e.target.value = mask(e.target.value); return reg.onChange(e); } };
}

const REPO_FIELD: Record<string, keyof CustomerFormValues> = { 'address.cep': 'cep', 'address.uf': 'uf', 'address.street': 'street', creditLimitCents: 'creditLimit' };

/** New or existing customer. Errors show next to each field, in Portuguese. */
export function CustomerForm({ customer, onSaved, onCancel, compact }: { customer?: CustomerRow; onSaved: (c: CustomerRow) => void; onCancel?: () => void; compact?: boolean }) {
  const db = useDb();
  const [general, setGeneral] = useState<string | null>(null);
  const [duplicateId, setDuplicateId] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<CustomerFormValues>({
    resolver: zodResolver(customerFormSchema),
    defaultValues: customer ? fromCustomer(customer) : EMPTY_CUSTOMER,
  });
  const phones = useFieldArray({ control, name: 'phones' });

  const onSubmit = handleSubmit(async (values) => {
    setGeneral(null);
    setDuplicateId(null);
    try {
      const input = toCustomerInput(values);
      const saved = customer ? await updateCustomer(db, customer.id, input) : await createCustomer(db, input);
      onSaved(saved);
    } catch (e) {
      if (isRepoError(e) && e.code === 'duplicate_document') setDuplicateId(String(e.details.existingId ?? ''));
      setGeneral(applyErrors(e, setError, REPO_FIELD));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate data-testid="customer-form">
      <div className="grid3">
        <Field label="Nome completo *" error={errors.name?.message} className="span2">{(p) => <input {...p} {...register('name')} autoFocus data-testid="customer-name" />}</Field>
        <Field label="Tipo" error={errors.kind?.message}>
          {(p) => (
            <select {...p} {...register('kind')} data-testid="customer-kind">
              <option value="PF">Pessoa física (CPF)</option>
              <option value="PJ">Pessoa jurídica (CNPJ)</option>
            </select>
          )}
        </Field>
        <Field label="CPF ou CNPJ" error={errors.document?.message}>
          {(p) => <input {...p} {...masked(register('document'), maskCpfCnpj)} placeholder="000.000.000-00" data-testid="customer-document" />}
        </Field>
        <Field label="E-mail" error={errors.email?.message}>{(p) => <input {...p} type="email" {...register('email')} data-testid="customer-email" />}</Field>
        <Field label="Limite de crédito (R$)" error={errors.creditLimit?.message} hint="Vazio = sem limite.">
          {(p) => <input {...p} {...register('creditLimit')} inputMode="decimal" placeholder="ex.: 500,00" data-testid="customer-limit" />}
        </Field>
      </div>
      {duplicateId ? (
        <div className="alert warn" role="alert">
          Este CPF/CNPJ já está cadastrado. <Link to={`/clientes/${duplicateId}`} data-testid="duplicate-link">Abrir o cliente existente</Link>
        </div>
      ) : null}
      <fieldset className="plain">
        <legend>Telefones</legend>
        {phones.fields.map((f, i) => (
          <div className="row" key={f.id} style={{ alignItems: 'flex-start' }}>
            {/* A fixed width: an error under the number wraps instead of pushing the checkbox aside. */}
            <div style={{ width: 220 }}>
              <Field label={`Telefone ${i + 1}`} error={errors.phones?.[i]?.number?.message}>
                {(p) => <input {...p} {...masked(register(`phones.${i}.number`), maskPhone)} inputMode="tel" placeholder="(11) 91234-5678" data-testid={`customer-phone-${i}`} style={{ width: 200 }} />}
              </Field>
            </div>
            <label className="check" style={{ marginTop: 34 }}>
              <input type="checkbox" {...register(`phones.${i}.whatsapp`)} /> WhatsApp
            </label>
            {phones.fields.length > 1 ? <button type="button" className="btn small" style={{ marginTop: 30 }} onClick={() => phones.remove(i)}>Remover</button> : null}
          </div>
        ))}
        {phones.fields.length < 3 ? <button type="button" className="btn small" onClick={() => phones.append({ number: '', whatsapp: false })}>+ Outro telefone</button> : null}
      </fieldset>
      {!compact ? (
        <>
          <h3>Endereço</h3>
          <div className="grid3">
            <Field label="CEP" error={errors.cep?.message}>{(p) => <input {...p} {...masked(register('cep'), maskCep)} inputMode="numeric" placeholder="00000-000" />}</Field>
            <Field label="Rua" error={errors.street?.message} className="span2">{(p) => <input {...p} {...register('street')} />}</Field>
            <Field label="Número" error={errors.number?.message}>{(p) => <input {...p} {...register('number')} />}</Field>
            <Field label="Complemento" error={errors.complement?.message}>{(p) => <input {...p} {...register('complement')} />}</Field>
            <Field label="Bairro" error={errors.district?.message}>{(p) => <input {...p} {...register('district')} />}</Field>
            <Field label="Cidade" error={errors.city?.message}>{(p) => <input {...p} {...register('city')} />}</Field>
            <Field label="UF" error={errors.uf?.message}>{(p) => <input {...p} {...register('uf')} maxLength={2} style={{ textTransform: 'uppercase' }} />}</Field>
          </div>
          <Field label="Observações" error={errors.notes?.message}>{(p) => <textarea {...p} rows={2} {...register('notes')} />}</Field>
        </>
      ) : null}
      {general ? <div className="alert danger" role="alert">{general}</div> : null}
      <div className="row" style={{ marginTop: 12 }}>
        <button className="btn primary" type="submit" disabled={isSubmitting} data-testid="customer-save">{customer ? 'Salvar alterações' : 'Cadastrar cliente'}</button>
        {onCancel ? <button type="button" className="btn" onClick={onCancel}>Cancelar</button> : null}
      </div>
    </form>
  );
}

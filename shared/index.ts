// Public face of the pure domain core. Everything here is plain functions over plain data;
// no React, Dexie, Electron or Node imports, and the clock is always an argument.
export * from './errors';
export * from './money/cents';
export * from './money/brl';
export * from './money/words';
export * from './dates/calendar';
export * from './dates/holidays';
export * from './br/crc16';
export * from './br/cpf-cnpj';
export * from './br/format';
export * from './br/pix';
export * from './br/boleto';
export * from './charges/late-charges';
export * from './plans/installment-plan';
export * from './ledger/installment-state';
export * from './ledger/allocation';

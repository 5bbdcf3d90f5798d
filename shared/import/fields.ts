// The fields an import can fill, the header names that map to them, and the template.
import { normalizeSearch } from '../text';

export type ImportField =
  | 'name'
  | 'document'
  | 'phone'
  | 'email'
  | 'cep'
  | 'street'
  | 'number'
  | 'complement'
  | 'district'
  | 'city'
  | 'uf'
  | 'creditLimit'
  | 'notes'
  | 'balance'
  | 'dueDate'
  | 'saleDate'
  | 'description';

export const IMPORT_FIELDS: readonly { id: ImportField; label: string; synonyms: readonly string[] }[] = [
  { id: 'name', label: 'Nome *', synonyms: ['nome', 'cliente', 'nome do cliente', 'nome completo', 'razao social', 'nome/razao social'] },
  { id: 'document', label: 'CPF/CNPJ', synonyms: ['cpf/cnpj', 'cpf', 'cnpj', 'cpf ou cnpj', 'documento', 'cpf_cnpj', 'cpf / cnpj'] },
  { id: 'phone', label: 'Telefone', synonyms: ['telefone', 'celular', 'fone', 'whatsapp', 'contato', 'tel', 'telefone/whatsapp'] },
  { id: 'email', label: 'E-mail', synonyms: ['e-mail', 'email', 'correio eletronico'] },
  { id: 'cep', label: 'CEP', synonyms: ['cep'] },
  { id: 'street', label: 'Endereço (rua)', synonyms: ['endereco', 'rua', 'logradouro', 'endereco (rua)'] },
  { id: 'number', label: 'Número', synonyms: ['numero', 'n', 'no', 'nº', 'num'] },
  { id: 'complement', label: 'Complemento', synonyms: ['complemento', 'compl'] },
  { id: 'district', label: 'Bairro', synonyms: ['bairro'] },
  { id: 'city', label: 'Cidade', synonyms: ['cidade', 'municipio'] },
  { id: 'uf', label: 'UF', synonyms: ['uf', 'estado'] },
  { id: 'creditLimit', label: 'Limite de crédito', synonyms: ['limite', 'limite de credito', 'credito'] },
  { id: 'notes', label: 'Observações', synonyms: ['observacoes', 'observacao', 'obs', 'anotacoes', 'notas'] },
  { id: 'balance', label: 'Saldo inicial (valor devido)', synonyms: ['saldo', 'saldo inicial', 'valor', 'divida', 'debito', 'valor devido', 'saldo devedor', 'deve'] },
  { id: 'dueDate', label: 'Vencimento do saldo', synonyms: ['vencimento', 'data de vencimento', 'vence em', 'data vencimento', 'venc'] },
  { id: 'saleDate', label: 'Data da compra', synonyms: ['data da compra', 'data', 'data da venda', 'compra em'] },
  { id: 'description', label: 'Descrição do saldo', synonyms: ['descricao', 'produto', 'referente a', 'historico'] },
];

export const FIELD_LABELS: Readonly<Record<ImportField, string>> = Object.fromEntries(IMPORT_FIELDS.map((f) => [f.id, f.label.replace(' *', '')])) as Record<ImportField, string>;

/** Column index -> field (null = ignore). */
export type ColumnMapping = (ImportField | null)[];

const key = (s: string): string => normalizeSearch(s).replace(/[.:]/g, '').trim();

/** Maps each header to the first field whose name or synonym it matches (each field once). */
export function autoMap(headers: readonly string[]): ColumnMapping {
  const used = new Set<ImportField>();
  return headers.map((h) => {
    const k = key(h);
    const f = IMPORT_FIELDS.find((x) => !used.has(x.id) && (x.synonyms.includes(k) || key(x.label.replace(' *', '')) === k));
    if (!f) return null;
    used.add(f.id);
    return f.id;
  });
}

export const TEMPLATE_HEADERS = ['Nome', 'CPF/CNPJ', 'Telefone', 'E-mail', 'CEP', 'Endereço', 'Número', 'Complemento', 'Bairro', 'Cidade', 'UF', 'Limite de crédito', 'Observações', 'Saldo inicial', 'Vencimento', 'Data da compra', 'Descrição'];

export const TEMPLATE_ROWS: readonly (readonly string[])[] = [
  ['Maria da Silva', '529.982.247-25', '(11) 91234-5678', 'maria@exemplo.com', '01310-100', 'Rua Augusta', '100', 'Apto 12', 'Consolação', 'São Paulo', 'SP', '500,00', 'Cliente desde 2019', '350,00', '10/12/2026', '15/10/2026', 'Caderneta de papel'],
  ['Mercearia Boa Vista Ltda', '11.222.333/0001-81', '(21) 3333-4444', '', '', '', '', '', '', 'Rio de Janeiro', 'RJ', '', '', '1.234,56', '05/01/2027', '', ''],
  ['João Pereira', '', '(31) 98888-7777', '', '', '', '', '', '', '', '', '', 'Sem CPF: pode importar', '', '', '', ''],
];

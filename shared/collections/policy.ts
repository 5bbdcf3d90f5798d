import { DomainError } from '../errors';

export type ContactChannel = 'whatsapp' | 'email' | 'phone' | 'letter' | 'visit' | 'internal';

export const CHANNEL_LABELS: Readonly<Record<ContactChannel, string>> = {
  whatsapp: 'WhatsApp',
  email: 'E-mail',
  phone: 'Telefone',
  letter: 'Carta',
  visit: 'Visita',
  internal: 'Tarefa interna',
};

/** One step of the collection policy (régua de cobrança). */
export interface CollectionStage {
  id: string;
  name: string;
  /** Days late of the oldest open installment from which the stage applies (negative = before the due date). */
  fromDay: number;
  /** What the shop should do when a customer enters the stage (pt-BR). */
  action: string;
  channel: ContactChannel;
  templateId: string;
}

export interface CollectionPolicy {
  /** Ordered by fromDay, strictly increasing. */
  stages: readonly CollectionStage[];
  /** An agreement installment this many days late breaks the agreement. */
  agreementBreakAfterDays: number;
  /** Minimum days between the written notice and the negativação (CDC art. 43 §2). */
  negativacaoNoticeDays: number;
}

export type DefaultStageId = 'a_vencer' | 'vencido' | 'cobranca' | 'negociacao' | 'notificacao' | 'suspenso' | 'juridico';

export const DEFAULT_STAGES: readonly (CollectionStage & { id: DefaultStageId })[] = [
  {
    id: 'a_vencer',
    name: 'A vencer',
    fromDay: -3,
    action: 'Enviar lembrete amigável do vencimento',
    channel: 'whatsapp',
    templateId: 'a_vencer',
  },
  {
    id: 'vencido',
    name: 'Vencido',
    fromDay: 1,
    action: 'Enviar mensagem lembrando a parcela em atraso',
    channel: 'whatsapp',
    templateId: 'vencido',
  },
  {
    id: 'cobranca',
    name: 'Cobrança',
    fromDay: 8,
    action: 'Enviar mensagem formal ou e-mail de cobrança',
    channel: 'email',
    templateId: 'cobranca',
  },
  {
    id: 'negociacao',
    name: 'Negociação',
    fromDay: 16,
    action: 'Telefonar e oferecer um acordo',
    channel: 'phone',
    templateId: 'negociacao',
  },
  {
    id: 'notificacao',
    name: 'Notificação',
    fromDay: 31,
    action: 'Enviar notificação extrajudicial por carta com AR',
    channel: 'letter',
    templateId: 'notificacao',
  },
  {
    id: 'suspenso',
    name: 'Crédito suspenso',
    fromDay: 61,
    action: 'Enviar por escrito o aviso prévio de negativação (novas compras a prazo já ficam bloqueadas)',
    channel: 'letter',
    templateId: 'suspenso',
  },
  {
    id: 'juridico',
    name: 'Jurídico',
    fromDay: 91,
    action: 'Encaminhar para advogado, Juizado Especial Cível ou empresa de cobrança',
    channel: 'internal',
    templateId: 'juridico',
  },
];

export const DEFAULT_POLICY: CollectionPolicy = {
  stages: DEFAULT_STAGES,
  agreementBreakAfterDays: 10,
  negativacaoNoticeDays: 10,
};

/** Lanes of the board that are not stages. */
export const LANE_PAUSED = 'pausado';
export const LANE_AGREEMENT = 'em_acordo';
export const LANE_LABELS = { pausado: 'Pausado', em_acordo: 'Em acordo' } as const;

/** The fewest days the prior written notice of negativação may give the customer to pay. */
export const NEGATIVACAO_MIN_NOTICE_DAYS = 10;
export const NOTICE_DAYS_MESSAGE = `O aviso prévio de negativação deve ter pelo menos ${NEGATIVACAO_MIN_NOTICE_DAYS} dias (CDC art. 43, § 2º, e prática dos cadastros).`;

/** Checks a (possibly user-edited) policy; throws a DomainError in Portuguese. */
export function validatePolicy(policy: CollectionPolicy): CollectionPolicy {
  if (policy.stages.length === 0) throw new DomainError('invalid_policy', 'A régua de cobrança precisa de pelo menos uma etapa.');
  const ids = new Set<string>();
  let prev = -Infinity;
  for (const s of policy.stages) {
    if (s.id.trim() === '' || s.name.trim() === '') {
      throw new DomainError('invalid_policy', 'Toda etapa da régua precisa de identificador e nome.', { id: s.id });
    }
    if (ids.has(s.id) || s.id === LANE_PAUSED || s.id === LANE_AGREEMENT) {
      throw new DomainError('invalid_policy', `Identificador de etapa repetido ou reservado: "${s.id}".`, { id: s.id });
    }
    ids.add(s.id);
    if (!Number.isSafeInteger(s.fromDay) || s.fromDay <= prev) {
      throw new DomainError('invalid_policy', `As etapas devem estar em ordem crescente de dias ("${s.name}").`, { id: s.id });
    }
    prev = s.fromDay;
  }
  for (const [v, label] of [
    [policy.agreementBreakAfterDays, 'dias para quebra de acordo'],
    [policy.negativacaoNoticeDays, 'dias de aviso antes da negativação'],
  ] as const) {
    if (!Number.isSafeInteger(v) || v < 0) throw new DomainError('invalid_policy', `Valor inválido para ${label}.`, { value: v });
  }
  if (policy.negativacaoNoticeDays < NEGATIVACAO_MIN_NOTICE_DAYS) {
    throw new DomainError('invalid_policy', NOTICE_DAYS_MESSAGE, { value: policy.negativacaoNoticeDays });
  }
  return policy;
}

export function stageById(policy: CollectionPolicy, id: string | null | undefined): CollectionStage | null {
  if (!id) return null;
  return policy.stages.find((s) => s.id === id) ?? null;
}

/** Position of a stage in the policy (-1 when unknown). */
export function stageIndex(policy: CollectionPolicy, id: string | null | undefined): number {
  return id ? policy.stages.findIndex((s) => s.id === id) : -1;
}

/** The stage after `id` (for a broken promise), or the same when it is the last. */
export function nextStage(policy: CollectionPolicy, id: string | null | undefined): CollectionStage | null {
  const i = stageIndex(policy, id);
  if (i < 0) return policy.stages[0] ?? null;
  return policy.stages[Math.min(i + 1, policy.stages.length - 1)] ?? null;
}

// Manual stage change (from a drag or the M key): pick the stage, give the reason; logged by
// the repository. Stages past the written notice are refused until it is 10 days old.
import { useState } from 'react';
import { stageById, type CollectionPolicy } from '@shared/collections/policy';
import { checkNegativacao } from '@shared/guards/negativacao';
import { setStageOverride } from '../../../db/collections';
import { useDb } from '../../../app/database';
import { ReasonDialog } from '../../../components/ReasonDialog';
import type { BoardCard } from '../model/board-model';
import { NOTICE_STAGE_ID, stagesNeedingNotice } from '@shared/collections/stage';

export const AUTO_STAGE = '__auto__';

/** What the dialog needs to know about the customer being moved. */
export type MoveSubject = Pick<BoardCard, 'customerId' | 'name' | 'column' | 'computedStageId' | 'manual' | 'noticeSentOn'>;

export function MoveStageDialog({
  card,
  target,
  policy,
  today,
  onClose,
  onDone,
}: {
  card: MoveSubject;
  /** Pre-selected stage (a drop); undefined = let the user pick (keyboard). */
  target?: string;
  policy: CollectionPolicy;
  today: string;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const db = useDb();
  const firstOther = policy.stages.find((s) => s.id !== card.column)?.id ?? '';
  const [stage, setStage] = useState<string>(target ?? firstOther);
  const needNotice = stagesNeedingNotice(policy);
  const guard = stage !== AUTO_STAGE && needNotice.has(stage) ? checkNegativacao(card.noticeSentOn, today, policy.negativacaoNoticeDays) : null;
  const blocked = guard !== null && !guard.allowed;
  const stageName = stage === AUTO_STAGE ? 'a etapa automática' : (policy.stages.find((s) => s.id === stage)?.name ?? stage);
  const confirm = async (reason: string): Promise<void> => {
    if (blocked) throw new Error(guard.reason ?? 'Mudança não permitida.');
    if (stage === card.column && stage !== AUTO_STAGE) throw new Error('O cliente já está nesta etapa.');
    await setStageOverride(db, card.customerId, stage === AUTO_STAGE ? null : stage, reason);
    onDone(`${card.name} foi para ${stageName}.`);
  };
  return (
    <ReasonDialog open title={`Mudar etapa de ${card.name}`} label="Motivo da mudança (fica registrado)" confirmLabel="Mudar etapa" disabled={blocked} onConfirm={confirm} onClose={onClose}>
      <div className="field">
        <label htmlFor="move-stage">Nova etapa</label>
        <select id="move-stage" value={stage} onChange={(e) => setStage(e.target.value)} data-testid="move-stage-select" autoFocus>
          {policy.stages.map((s) => (
            <option key={s.id} value={s.id} disabled={s.id === card.column}>
              {s.name}
              {s.id === card.computedStageId ? ' (pelos dias de atraso)' : ''}
            </option>
          ))}
          {card.manual ? <option value={AUTO_STAGE}>Voltar à etapa automática</option> : null}
        </select>
        <div className="hint">A etapa escolhida vale até a dívida ser paga ou até você voltar à etapa automática.</div>
      </div>
      {blocked ? (
        <div className="alert danger" role="alert" data-testid="move-blocked">
          {card.noticeSentOn
            ? guard.reason
            : `"${stageName}" vem depois do aviso prévio de negativação: antes, envie ao cliente a carta de aviso (pelo Início, ou pelas cartas da coluna "${stageById(policy, NOTICE_STAGE_ID)?.name ?? 'Crédito suspenso'}") e espere o prazo de ${policy.negativacaoNoticeDays} dias que ela dá (CDC, art. 43, § 2º).`}
        </div>
      ) : null}
    </ReasonDialog>
  );
}

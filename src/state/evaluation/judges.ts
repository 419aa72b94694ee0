// A judge's part of a cell: its request before it is sent (or why it cannot be), the run spec that sends it on
// the judge check's own provider and model, and what its answer makes of the judgement.

import {
  type Cell,
  type CellJudgement,
  type Check,
  type JudgeSettings,
  judgeRequest,
  readJudgeScore,
  type TestCase,
} from '@/domain/evaluation';
import { choiceText, DEFAULT_RETRY_POLICY, type RunRecord } from '@/domain/run';
import { modelForRun } from '@/state/models';
import { laneOfEvaluation, type RunSpec } from '@/state/runs';
import { currentProvider } from '@/state/settings';

/** A done cell's judgement before it is sent: the exact request, or why it cannot be sent. */
export function newJudgement(check: Check, cell: Cell, testCase: TestCase): CellJudgement {
  const request = judgeRequest(check, cell.output, testCase);
  const base = { checkId: check.id, request, output: '', score: null };
  if (!check.judge?.modelId) return { ...base, status: 'error', error: 'The judge has no model: pick one.' };
  const problem = currentProvider(check.judge.provider).problem;
  if (problem) return { ...base, status: 'error', error: problem };
  return { ...base, status: 'running' };
}

/** The run of a judgement: its provider now (the key of that provider only), the model's prices for its cost,
 * the evaluation's lane for that endpoint, and the same retries as the cells. */
export async function judgeSpec(
  target: string,
  judgement: CellJudgement,
  settings: JudgeSettings,
): Promise<RunSpec> {
  const provider = currentProvider(settings.provider);
  const model = await modelForRun(provider.api, settings.modelId).catch(() => null);
  return {
    target,
    request: judgement.request,
    api: provider.api,
    provider: provider.kind,
    pricing: model?.pricing ?? null,
    lane: laneOfEvaluation(provider.api),
    retry: DEFAULT_RETRY_POLICY,
  };
}

/** A judgement once its run ended (record undefined: stopped before it was sent or while it went). */
export function settledJudgement(judgement: CellJudgement, record: RunRecord | undefined): CellJudgement {
  if (record?.status === 'done') {
    const output = choiceText(record, 0);
    return { ...judgement, status: 'done', output, score: readJudgeScore(output) };
  }
  const error = record?.error?.message ?? 'Stopped before the judge answered.';
  return { ...judgement, status: 'error', output: record ? choiceText(record, 0) : '', score: null, error };
}

// Stand-ins, with the contracts' signatures (notes/i12-common.md), for what other parts of issue 12 are still
// building: startRuns and laneOfEvaluation (the run layer), evaluateChecks, judgeRequest and readJudgeScore (the
// evaluation domain). Each goes as soon as the real one is merged; nothing outside this slice sees them.

import type { Cell, Check, CheckResult, TestCase } from '@/domain/evaluation';
import type { ApiConfig, ChatCompletionRequest } from '@/lib/api';
import { type RunSpec, startRun } from '@/state/runs';

export function startRuns(specs: readonly RunSpec[]): string[] {
  return specs.map(startRun);
}

export function laneOfEvaluation(api: ApiConfig): string {
  return `eval:${api.baseUrl}`;
}

export function evaluateChecks(checks: Check[], cell: Cell, _testCase: TestCase): CheckResult[] {
  return checks.map((check) => {
    if (check.type === 'contains') {
      const pass = cell.output.includes(check.value);
      return { checkId: check.id, pass, detail: pass ? 'Contains it.' : 'Does not contain it.' };
    }
    if (check.type === 'judge') {
      const judgement = cell.judgements?.find((j) => j.checkId === check.id);
      const score = judgement?.score ?? null;
      const passScore = check.judge?.passScore ?? 7;
      return score === null
        ? { checkId: check.id, pass: null, detail: 'No score yet.' }
        : { checkId: check.id, pass: score >= passScore, detail: `Scored ${score}.`, score };
    }
    return { checkId: check.id, pass: null, detail: 'Not checked yet.' };
  });
}

export function judgeRequest(check: Check, output: string, _testCase: TestCase): ChatCompletionRequest {
  return {
    model: check.judge?.modelId ?? '',
    messages: [
      { role: 'system', content: `${check.judge?.rubric ?? ''}\nAnswer with a score from 1 to 10.` },
      { role: 'user', content: output },
    ],
  };
}

export function readJudgeScore(text: string): number | null {
  const match = /\b(10|[1-9])\b/.exec(text);
  return match ? Number(match[1]) : null;
}

export function cellOutcome(cell: Cell): 'pass' | 'fail' | 'error' | 'pending' {
  if (cell.status === 'error') return 'error';
  if (cell.checks.some((c) => c.pass === false)) return 'fail';
  return cell.status === 'done' && cell.checks.every((c) => c.pass !== null) ? 'pass' : 'pending';
}

// A grid cell from the run record of its request: what the model answered (choice 0), how long it took, what it
// cost and how many sends it needed. The checks are the runner's to add (they need the suite run's checks).

import { choiceReasoning, choiceText, choiceToolCalls, type RunRecord, runFigures } from '@/domain/run';
import { type Cell, type CellStatus, cellKey } from './types';

function statusOf(record: RunRecord): CellStatus {
  switch (record.status) {
    case 'queued':
      return record.retry ? 'retrying' : 'queued';
    case 'running':
    case 'done':
    case 'error':
      return record.status;
    default:
      // stopped, or interrupted (the page went away): not sent to the end either way.
      return 'stopped';
  }
}

export function cellFromRun(record: RunRecord, caseId: string, paneId: string): Cell {
  const figures = runFigures(record);
  const status = statusOf(record);
  const reasoning = choiceReasoning(record, 0);
  const calls = choiceToolCalls(record, 0);
  const cell: Cell = {
    key: cellKey(caseId, paneId),
    caseId,
    paneId,
    status,
    request: record.request,
    output: choiceText(record, 0),
    finishReason: record.finishReasons[0] ?? null,
    latencyMs:
      record.startedAt !== undefined && record.endedAt !== undefined
        ? record.endedAt - record.startedAt
        : null,
    ttftMs: figures.ttftMs,
    promptTokens: figures.promptTokens,
    completionTokens: figures.completionTokens,
    cost: figures.cost,
    // Absent in a record means one send; a run that never left the queue was sent no times.
    attempts: record.attempts ?? (record.startedAt === undefined ? 0 : 1),
    checks: [],
  };
  if (reasoning !== '') cell.reasoning = reasoning;
  if (calls.length > 0)
    cell.toolCalls = calls.map(({ id, name, arguments: args }) => ({ id, name, arguments: args }));
  if (record.error) cell.error = record.error;
  if (status === 'retrying' && record.retry) {
    cell.retryAt = record.retry.at;
    cell.retryReason = record.retry.reason;
  }
  if (record.startedAt !== undefined) cell.startedAt = record.startedAt;
  if (record.endedAt !== undefined) cell.endedAt = record.endedAt;
  return cell;
}

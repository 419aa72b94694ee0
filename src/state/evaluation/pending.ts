// Stand-ins, with the contracts' signatures (notes/i12-common.md), for what the run layer does not export yet:
// startRuns and laneOfEvaluation. Each goes as soon as the real one is exported; nothing outside this slice
// sees them.

import type { ApiConfig } from '@/lib/api';
import { type RunSpec, startRun } from '@/state/runs';

export function startRuns(specs: readonly RunSpec[]): string[] {
  return specs.map(startRun);
}

export function laneOfEvaluation(api: ApiConfig): string {
  return `eval:${api.baseUrl}`;
}

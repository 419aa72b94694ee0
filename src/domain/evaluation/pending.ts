// TEMPORARY (i12-evalui): signatures of the evaldomain helper's functions (i12-common.md), so the Evaluate screen
// compiles before that branch lands. Replaced by the real module on merge; nothing here is meant to stay.

import type { ChatCompletionRequest } from '@/lib/api';
import type { Cell, Suite, SuiteRun } from './types';

export interface ParsedCases {
  columns: string[];
  rows: Array<Record<string, string>>;
  warnings: string[];
}
export function parseCases(
  _text: string,
  _format?: 'csv' | 'tsv' | 'jsonl' | 'auto',
): ParsedCases | { error: string } {
  return { error: 'not yet' };
}
export function matchColumns(
  columns: string[],
  variables: string[],
): { matched: string[]; extra: string[]; missing: string[] } {
  return {
    matched: columns.filter((c) => variables.includes(c)),
    extra: columns.filter((c) => !variables.includes(c)),
    missing: variables.filter((v) => !columns.includes(v)),
  };
}
export type CellOutcome = 'pass' | 'fail' | 'error' | 'pending';
export function cellOutcome(cell: Cell): CellOutcome {
  if (cell.status === 'error') return 'error';
  if (cell.status !== 'done') return 'pending';
  return cell.checks.some((c) => c.pass === false) ? 'fail' : 'pass';
}
export interface ColumnStats {
  total: number;
  finished: number;
  passed: number;
  failed: number;
  errored: number;
  passRate: number | null;
  meanLatencyMs: number | null;
  p95LatencyMs: number | null;
  totalCost: number | null;
}
export function columnStats(cells: readonly Cell[]): ColumnStats {
  return {
    total: cells.length,
    finished: 0,
    passed: 0,
    failed: 0,
    errored: 0,
    passRate: null,
    meanLatencyMs: null,
    p95LatencyMs: null,
    totalCost: null,
  };
}
export type StatFigure = 'passRate' | 'meanLatencyMs' | 'p95LatencyMs' | 'totalCost';
export function bestColumns(_stats: Record<string, ColumnStats>): Record<StatFigure, string[]> {
  return { passRate: [], meanLatencyMs: [], p95LatencyMs: [], totalCost: [] };
}
export interface DiffPart {
  kind: 'same' | 'ins' | 'del';
  text: string;
}
export interface RowChange {
  caseId: string;
  paneId: string;
  before: CellOutcome;
  after: CellOutcome;
  diff: DiffPart[];
}
interface RunCells {
  run: SuiteRun;
  cells: Record<string, Cell>;
}
export function diffRuns(_before: RunCells, _after: RunCells): RowChange[] {
  return [];
}
export function progressOf(
  cells: readonly Cell[],
  _now: number,
): { done: number; total: number; cost: number; etaMs: number | null } {
  return { done: 0, total: cells.length, cost: 0, etaMs: null };
}
export function resultsCsv(_run: SuiteRun, _cells: Record<string, Cell>): string {
  return '';
}
export function resultsJsonl(_run: SuiteRun, _cells: Record<string, Cell>): string {
  return '';
}
export function suiteToJson(suite: Suite): string {
  return JSON.stringify(suite);
}
export function readSuiteJson(_text: string): Suite | { error: string } {
  return { error: 'not yet' };
}
export function pythonScript(_input: { run: SuiteRun; cells: Record<string, Cell> }): string {
  return '';
}
export function judgeRequestPlaceholder(): ChatCompletionRequest | null {
  return null;
}

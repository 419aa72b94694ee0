// Every check a cell is held to, decided from the cell alone (its output, metrics and the judge's answer) and
// its test case. A check that cannot decide — no output yet, a bad pattern or schema, no expected value, the
// judge still thinking — is `pass: null` with the reason, never a failure: a typo in a check must not read as a
// model getting worse.

import { checkValueText, problemText, readJsonText } from '@/domain/jsonCheck';
import { patternRisk } from '@/domain/schema';
import { fillText } from '@/domain/variables';
import type { Cell, Check, CheckResult, TestCase } from './types';
import { EXPECTED_COLUMN } from './types';

/** A regex check reads at most this much of an output: a pattern without exponential shapes can still be
 * quadratic (`\s*\s*$`), and a model can answer megabytes. Longer outputs are checked on their start (said). */
export const REGEX_INPUT_CAP = 200_000;

type Verdict = Omit<CheckResult, 'checkId'>;

const undecided = (detail: string): Verdict => ({ pass: null, detail });

/** A value quoted for a detail line, shortened. */
function quoted(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return JSON.stringify(one.length > 60 ? `${one.slice(0, 59)}…` : one);
}

function containsCheck(check: Check, output: string, testCase: TestCase, negate: boolean): Verdict {
  const needle = fillText(check.value, testCase.values);
  if (needle === '') return undecided('No text to look for');
  const found = check.ignoreCase
    ? output.toLowerCase().includes(needle.toLowerCase())
    : output.includes(needle);
  const pass = negate ? !found : found;
  return { pass, detail: `${found ? 'Contains' : 'Does not contain'} ${quoted(needle)}` };
}

/** `/pattern/flags`, or a bare pattern without flags. */
export function readPattern(value: string): { source: string; flags: string } {
  const m = /^\/([\s\S]*)\/([dgimsuvy]*)$/.exec(value);
  return m ? { source: m[1] ?? '', flags: m[2] ?? '' } : { source: value, flags: '' };
}

function regexCheck(check: Check, output: string): Verdict {
  if (check.value.trim() === '') return undecided('No pattern');
  const { source, flags } = readPattern(check.value);
  let regex: RegExp;
  try {
    // g and y make test() depend on lastIndex; a check asks only "does it match anywhere".
    regex = new RegExp(source, flags.replace(/[gy]/g, ''));
  } catch (error) {
    return undecided(`Invalid regular expression: ${error instanceof Error ? error.message : String(error)}`);
  }
  // The same guard as a schema's pattern (regexRisk): a pattern that can backtrack exponentially is not run.
  const risk = patternRisk(source, flags);
  if (risk) return undecided(`Not run: ${risk}, which can take exponential time`);
  const capped = output.length > REGEX_INPUT_CAP;
  const matched = regex.test(capped ? output.slice(0, REGEX_INPUT_CAP) : output);
  const where = capped ? ` in the first ${REGEX_INPUT_CAP.toLocaleString('en-US')} characters` : '';
  return { pass: matched, detail: `${matched ? 'Matches' : 'Does not match'} /${source}/${flags}${where}` };
}

const normalised = (text: string, ignoreCase: boolean | undefined) => {
  const collapsed = text.trim().replace(/\s+/g, ' ');
  return ignoreCase ? collapsed.toLowerCase() : collapsed;
};

function equalsExpectedCheck(check: Check, output: string, testCase: TestCase): Verdict {
  const expected = Object.hasOwn(testCase.values, EXPECTED_COLUMN) ? testCase.values[EXPECTED_COLUMN] : '';
  if (expected === undefined || expected.trim() === '') return undecided('No expected value');
  const pass = normalised(output, check.ignoreCase) === normalised(expected, check.ignoreCase);
  return {
    pass,
    detail: pass ? 'Equals the expected value' : `Differs from the expected ${quoted(expected)}`,
  };
}

function validJsonCheck(output: string): Verdict {
  const read = readJsonText(output);
  return read.ok
    ? { pass: true, detail: 'Valid JSON' }
    : { pass: false, detail: `Not JSON: ${read.message}` };
}

function jsonSchemaCheck(check: Check, output: string): Verdict {
  if (check.value.trim() === '') return undecided('No schema');
  const result = checkValueText(check.value, output);
  switch (result.kind) {
    case 'valid':
      return { pass: true, detail: 'Matches the schema' };
    case 'invalid': {
      const [first] = result.errors;
      const others = result.errors.length - 1 + result.more;
      const more = others > 0 ? ` (and ${others} more)` : '';
      return { pass: false, detail: `${first ? problemText(first) : 'Does not match the schema'}${more}` };
    }
    case 'not-json':
      return { pass: false, detail: `Not JSON: ${result.message}` };
    case 'schema-problem':
      return undecided(`The schema cannot be used: ${result.problems.map(problemText).join('; ')}`);
  }
}

/** A limit as typed: a positive number, or why not. */
function readLimit(value: string): number | string {
  if (value.trim() === '') return 'No limit set';
  const n = Number(value.trim().replace(/^\$/, ''));
  return Number.isFinite(n) && n > 0 ? n : `The limit ${quoted(value)} is not a positive number`;
}

function latencyCheck(check: Check, cell: Cell): Verdict {
  const limit = readLimit(check.value);
  if (typeof limit === 'string') return undecided(limit);
  if (cell.latencyMs === null) return undecided('Latency not measured');
  const ms = Math.round(cell.latencyMs);
  return { pass: cell.latencyMs < limit, detail: `${ms} ms (limit ${limit} ms)` };
}

const dollars = (n: number) =>
  `$${n < 0.01 ? n.toPrecision(3) : n.toFixed(4).replace(/0+$/, '').replace(/\.$/, '')}`;

function costCheck(check: Check, cell: Cell): Verdict {
  const limit = readLimit(check.value);
  if (typeof limit === 'string') return undecided(limit);
  if (cell.cost === null) return undecided('Cost not reported');
  return { pass: cell.cost < limit, detail: `${dollars(cell.cost)} (limit ${dollars(limit)})` };
}

function judgeCheck(check: Check, cell: Cell): Verdict {
  if (!check.judge || check.judge.modelId.trim() === '') return undecided('No judge model chosen');
  const judgement = cell.judgements?.find((j) => j.checkId === check.id);
  if (!judgement) return undecided('Not judged yet');
  if (judgement.status === 'running') return undecided('Judging…');
  if (judgement.status === 'error') return undecided(`The judge failed: ${judgement.error ?? 'no answer'}`);
  if (judgement.score === null) return undecided('The judge gave no score');
  const { passScore } = check.judge;
  return {
    pass: judgement.score >= passScore,
    detail: `Score ${judgement.score}/10 (passes at ${passScore})`,
    score: judgement.score,
  };
}

function verdict(check: Check, cell: Cell, testCase: TestCase): Verdict {
  const output = cell.output;
  switch (check.type) {
    case 'contains':
      return containsCheck(check, output, testCase, false);
    case 'not-contains':
      return containsCheck(check, output, testCase, true);
    case 'regex':
      return regexCheck(check, output);
    case 'equals-expected':
      return equalsExpectedCheck(check, output, testCase);
    case 'valid-json':
      return validJsonCheck(output);
    case 'json-schema':
      return jsonSchemaCheck(check, output);
    case 'latency-under':
      return latencyCheck(check, cell);
    case 'cost-under':
      return costCheck(check, cell);
    case 'judge':
      return judgeCheck(check, cell);
  }
}

/** Every check's verdict on one cell, in the checks' order. A cell that ended without an answer (error,
 * stopped) has no output to check; one still queued or running is not checked yet. */
export function evaluateChecks(checks: readonly Check[], cell: Cell, testCase: TestCase): CheckResult[] {
  const early =
    cell.status === 'error' || cell.status === 'stopped'
      ? 'No output'
      : cell.status !== 'done'
        ? 'Waiting for the output'
        : null;
  return checks.map((check) => ({
    checkId: check.id,
    ...(early === null ? verdict(check, cell, testCase) : undecided(early)),
  }));
}

/**
 * A cell in one word: `error` (the request failed), `fail` (a check failed), `pass` (finished and no check
 * failed; checks that could not decide, such as a bad pattern, do not hold it back), `pending` (not finished —
 * queued, running, retrying or stopped before an answer — or a judge still judging).
 */
export function cellOutcome(cell: Cell): 'pass' | 'fail' | 'error' | 'pending' {
  if (cell.status === 'error') return 'error';
  if (cell.status !== 'done') return 'pending';
  if (cell.checks.some((c) => c.pass === false)) return 'fail';
  if (cell.judgements?.some((j) => j.status === 'running')) return 'pending';
  return 'pass';
}

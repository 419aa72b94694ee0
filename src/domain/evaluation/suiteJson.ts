// A suite as a JSON file, and back. The file may come from anywhere (a colleague, an old version, a hand
// edit), so reading it checks every field (valibot) and never throws: wrong types, a list longer than a suite may
// hold or a repeated id is an error that says where; case values are rebuilt as own entries (a "__proto__"
// column stays a column, never a prototype); values of columns the suite does not list are dropped.

import * as v from 'valibot';
import { PROVIDER_KINDS } from '@/domain/provider';
import { isRecord } from '@/lib/json';
import { CASE_LIMITS } from './parseCases';
import type { Suite, TestCase } from './types';
import { CHECK_TYPES } from './types';

export const SUITE_FORMAT = 'yoke-suite';
export const SUITE_VERSION = 1;
/** Checks a suite may hold. */
export const MAX_CHECKS = 100;
/** Text longer than this is not parsed at all. */
export const MAX_SUITE_JSON_CHARS = 64 * 1024 * 1024;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const shortText = v.pipe(v.string(), v.maxLength(CASE_LIMITS.cellChars));
const time = v.pipe(v.number(), v.finite(), v.minValue(0));

const judgeSchema = v.object({
  provider: v.picklist(PROVIDER_KINDS),
  modelId: v.pipe(v.string(), v.maxLength(500)),
  rubric: shortText,
  passScore: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
});

const checkSchema = v.object({
  id,
  type: v.picklist(CHECK_TYPES),
  value: shortText,
  ignoreCase: v.optional(v.boolean()),
  judge: v.optional(judgeSchema),
});

/** Case values: an object of strings, read key by key (valibot's record drops "__proto__" and "constructor",
 * which are fine column names here). */
const valuesSchema = v.pipe(
  v.custom<Record<string, unknown>>(isRecord, 'Expected an object of column values'),
  v.check(
    (values) =>
      Object.values(values).every(
        (value) => typeof value === 'string' && value.length <= CASE_LIMITS.cellChars,
      ),
    'Every value is text (at most 2,000,000 characters)',
  ),
  v.transform((values) => Object.fromEntries(Object.entries(values)) as Record<string, string>),
);

const caseSchema = v.object({ id, values: valuesSchema });

const suiteSchema = v.object({
  id,
  name: v.pipe(v.string(), v.maxLength(500)),
  columns: v.pipe(
    v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(500))),
    v.maxLength(CASE_LIMITS.columns),
  ),
  cases: v.pipe(v.array(caseSchema), v.maxLength(CASE_LIMITS.rows)),
  checks: v.pipe(v.array(checkSchema), v.maxLength(MAX_CHECKS)),
  createdAt: time,
  updatedAt: time,
});

const fileSchema = v.object({
  format: v.literal(SUITE_FORMAT),
  version: v.literal(SUITE_VERSION),
  suite: v.unknown(),
});

/** The suite as a file: `{ format, version, suite }`, indented. */
export function suiteToJson(suite: Suite): string {
  return `${JSON.stringify({ format: SUITE_FORMAT, version: SUITE_VERSION, suite }, null, 2)}\n`;
}

function where(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((item) => String(item.key)).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

function firstRepeat(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const each of ids) {
    if (seen.has(each)) return each;
    seen.add(each);
  }
  return undefined;
}

/** Only the values of listed columns are kept, as own entries. */
function cleanCase(testCase: TestCase, columns: ReadonlySet<string>): TestCase {
  const values = Object.fromEntries(Object.entries(testCase.values).filter(([name]) => columns.has(name)));
  return { id: testCase.id, values };
}

/** A list over its limit is refused before any item is checked: a file of ten million cases must not be
 * validated item by item first. */
function overLimit(parsed: unknown): string | null {
  if (!isRecord(parsed)) return null;
  const limits: Array<[string, number]> = [
    ['columns', CASE_LIMITS.columns],
    ['cases', CASE_LIMITS.rows],
    ['checks', MAX_CHECKS],
  ];
  for (const [key, max] of limits) {
    const list = Object.hasOwn(parsed, key) ? parsed[key] : undefined;
    if (Array.isArray(list) && list.length > max)
      return `The suite has ${list.length.toLocaleString('en-US')} ${key}: at most ${max.toLocaleString('en-US')}.`;
  }
  return null;
}

/** Reads a suite file (or a bare suite object): the suite, cleaned, or what is wrong with it. */
export function readSuiteJson(text: string): Suite | { error: string } {
  if (text.length > MAX_SUITE_JSON_CHARS)
    return { error: 'The file is too large to be a suite (over 64 MB).' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: 'The file is not JSON.' };
  }
  if (isRecord(parsed) && Object.hasOwn(parsed, 'format')) {
    const file = v.safeParse(fileSchema, parsed);
    if (!file.success) return { error: `Not a suite file this version reads: ${where(file.issues[0])}` };
    parsed = file.output.suite;
  }
  const long = overLimit(parsed);
  if (long) return { error: long };
  const result = v.safeParse(suiteSchema, parsed);
  if (!result.success) return { error: `The suite is not valid: ${where(result.issues[0])}` };
  const suite = result.output;
  const repeatedColumn = firstRepeat(suite.columns);
  if (repeatedColumn !== undefined) return { error: `The suite lists the column "${repeatedColumn}" twice.` };
  const repeatedCase = firstRepeat(suite.cases.map((c) => c.id));
  if (repeatedCase !== undefined) return { error: `Two cases share the id "${repeatedCase}".` };
  const repeatedCheck = firstRepeat(suite.checks.map((c) => c.id));
  if (repeatedCheck !== undefined) return { error: `Two checks share the id "${repeatedCheck}".` };
  const columns = new Set(suite.columns);
  return {
    id: suite.id,
    name: suite.name,
    columns: [...suite.columns],
    cases: suite.cases.map((c) => cleanCase(c, columns)),
    checks: suite.checks.map((check) => {
      const { ignoreCase, judge, ...rest } = check;
      return {
        ...rest,
        ...(ignoreCase === undefined ? {} : { ignoreCase }),
        ...(judge === undefined ? {} : { judge: { ...judge } }),
      };
    }),
    createdAt: suite.createdAt,
    updatedAt: suite.updatedAt,
  };
}

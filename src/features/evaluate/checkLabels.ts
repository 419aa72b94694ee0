import type { Check, CheckType } from '@/domain/evaluation';

export const CHECK_TYPE_LABELS: Record<CheckType, string> = {
  contains: 'Contains',
  'not-contains': 'Does not contain',
  regex: 'Matches regex',
  'equals-expected': 'Equals expected',
  'valid-json': 'Is valid JSON',
  'json-schema': 'Matches JSON schema',
  'latency-under': 'Latency under (ms)',
  'cost-under': 'Cost under ($)',
  judge: 'Judge (a model scores it)',
};

/** The field a type needs, as its label says it; null: the type needs none (or, for the judge, its own). */
export const CHECK_VALUE_LABELS: Record<CheckType, string | null> = {
  contains: 'Text',
  'not-contains': 'Text',
  regex: 'Pattern',
  'equals-expected': null,
  'valid-json': null,
  'json-schema': 'Schema',
  'latency-under': 'Milliseconds',
  'cost-under': 'Dollars',
  judge: null,
};

/** A check in a few words, as a badge names it: "contains "Paris"", "latency under 2000 ms". */
export function checkLabel(check: Check): string {
  const value = check.value.length > 24 ? `${check.value.slice(0, 23)}…` : check.value;
  switch (check.type) {
    case 'contains':
      return `contains "${value}"`;
    case 'not-contains':
      return `does not contain "${value}"`;
    case 'regex':
      return `matches ${value}`;
    case 'equals-expected':
      return 'equals expected';
    case 'valid-json':
      return 'valid JSON';
    case 'json-schema':
      return 'matches schema';
    case 'latency-under':
      return `latency under ${value} ms`;
    case 'cost-under':
      return `cost under $${value}`;
    case 'judge':
      return `judge ≥ ${check.judge?.passScore ?? '?'}`;
  }
}

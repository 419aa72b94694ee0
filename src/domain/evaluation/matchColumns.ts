import { EXPECTED_COLUMN } from './types';

export interface ColumnMatch {
  /** Variables of the prompt that have a column, in the prompt's order. */
  matched: string[];
  /** Columns that are no variable of the prompt, in the table's order (kept and shown). "expected" is not
   * one: the equals-expected check reads it. */
  extra: string[];
  /** Variables of the prompt with no column (flagged: their cells would be sent empty). */
  missing: string[];
}

/** How a case table's columns meet the prompt's variables. Names match exactly (case included), as `{{name}}`
 * is filled. */
export function matchColumns(columns: readonly string[], variables: readonly string[]): ColumnMatch {
  const have = new Set(columns);
  const wanted = new Set(variables);
  return {
    matched: variables.filter((v) => have.has(v)),
    extra: columns.filter((c) => !wanted.has(c) && c !== EXPECTED_COLUMN),
    missing: variables.filter((v) => !have.has(v)),
  };
}

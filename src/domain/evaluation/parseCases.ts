// Test cases from a file or a paste: CSV or TSV (a spreadsheet's copy is TSV) read by papaparse, or JSONL (one
// object per line). The first row names the columns. Whatever is odd about the text (ragged rows, blank or
// repeated header names, a line that is not JSON) is repaired and said in `warnings` instead of refusing the
// whole file: the user sees what was read and fixes the rest in the table. Only text with nothing readable in
// it, or text over the limits, is an error.

import Papa from 'papaparse';
import { isRecord } from '@/lib/json';

export interface ParsedCases {
  columns: string[];
  /** One record per case: a value for every column (empty when the row had none). */
  rows: Array<Record<string, string>>;
  warnings: string[];
}

export type CasesFormat = 'csv' | 'tsv' | 'jsonl' | 'auto';

/** What one import may hold: more is refused with a clear error (the grid and IndexedDB are sized for this). */
export const CASE_LIMITS = { rows: 10_000, columns: 200, cellChars: 2_000_000 } as const;

/** Warnings listed at most; the rest are counted in one last line. */
const MAX_WARNINGS = 20;

const fail = (error: string) => ({ error });

/** Whether the first record (up to its first newline outside quotes) has a tab and no comma outside quotes. */
function firstLineIsTsv(text: string): boolean {
  let quoted = false;
  let tab = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') return false;
    else if (ch === '\t') tab = true;
  }
  return tab;
}

function looksLikeJsonl(text: string): boolean {
  const first = text.split('\n').find((line) => line.trim() !== '');
  return first?.trimStart().startsWith('{') ?? false;
}

/** Header names made usable: trimmed, a blank one named "column N", a repeat given " 2", " 3"… */
function uniqueNames(raw: readonly string[], warnings: string[]): string[] {
  const names: string[] = [];
  raw.forEach((cell, i) => {
    let name = cell.trim();
    if (name === '') {
      name = `column ${i + 1}`;
      warnings.push(`Column ${i + 1} has no name: called it "${name}".`);
    }
    if (names.includes(name)) {
      let n = 2;
      while (names.includes(`${name} ${n}`)) n++;
      warnings.push(`Column ${i + 1} repeats the name "${name}": called it "${name} ${n}".`);
      name = `${name} ${n}`;
    }
    names.push(name);
  });
  return names;
}

function addColumn(columns: string[], index: number): void {
  let name = `column ${index + 1}`;
  let n = 2;
  while (columns.includes(name)) name = `column ${index + 1} (${n++})`;
  columns.push(name);
}

function capWarnings(warnings: string[]): string[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  const more = warnings.length - MAX_WARNINGS;
  return [...warnings.slice(0, MAX_WARNINGS), `…and ${more} more ${more === 1 ? 'warning' : 'warnings'}.`];
}

function tooLong(row: number, column: string) {
  return fail(
    `Row ${row}, column "${column}" holds more than ${CASE_LIMITS.cellChars.toLocaleString('en-US')} characters: a case's value can hold at most that.`,
  );
}

const tooManyRows = () =>
  fail(
    `The file has more than ${CASE_LIMITS.rows.toLocaleString('en-US')} cases: import at most that many at once.`,
  );
const tooManyColumns = (n: number) =>
  fail(`The file has ${n} columns: a suite holds at most ${CASE_LIMITS.columns}.`);

function parseDelimited(text: string, format: 'csv' | 'tsv' | 'auto'): ParsedCases | { error: string } {
  const tsv = format === 'tsv' || (format === 'auto' && firstLineIsTsv(text));
  const result = Papa.parse<string[]>(text, {
    // '' lets papaparse guess the delimiter (comma, semicolon, pipe…) from the first rows.
    delimiter: tsv ? '\t' : format === 'csv' ? ',' : '',
    skipEmptyLines: 'greedy',
    // The header row, the limit, and one more to know the limit was passed, without reading a huge file whole.
    preview: CASE_LIMITS.rows + 2,
  });
  const warnings: string[] = [];
  for (const e of result.errors) {
    // A file of one column has no delimiter to find; papaparse then reads it as comma-separated, which is right.
    if (e.code === 'UndetectableDelimiter') continue;
    warnings.push(e.row === undefined ? e.message : `Row ${e.row + 1}: ${e.message}.`);
  }
  const [header, ...body] = result.data;
  if (!header || header.every((cell) => cell.trim() === ''))
    return fail('The text has no header row to name the columns.');
  if (body.length > CASE_LIMITS.rows) return tooManyRows();
  const columns = uniqueNames(header, warnings);
  const widest = Math.max(columns.length, ...body.map((cells) => cells.length));
  if (widest > CASE_LIMITS.columns) return tooManyColumns(widest);

  // Extra cells of a long row are kept under "column N" names, so every row has every column.
  while (columns.length < widest) addColumn(columns, columns.length);

  const rows: Array<Record<string, string>> = [];
  for (const [i, cells] of body.entries()) {
    const rowNumber = i + 1;
    if (cells.length < header.length)
      warnings.push(`Case ${rowNumber} has ${cells.length} of ${header.length} cells: the rest are empty.`);
    if (cells.length > header.length) {
      const kept = columns.slice(header.length, cells.length).map((c) => `"${c}"`);
      warnings.push(
        `Case ${rowNumber} has ${cells.length - header.length} more cells than the header: kept under ${kept.join(', ')}.`,
      );
    }
    const entries: Array<[string, string]> = [];
    for (const [c, column] of columns.entries()) {
      const value = cells[c] ?? '';
      if (value.length > CASE_LIMITS.cellChars) return tooLong(rowNumber, column);
      entries.push([column, value]);
    }
    // Object.fromEntries makes own entries, also for a column named "__proto__".
    rows.push(Object.fromEntries(entries));
  }
  return { columns, rows, warnings: capWarnings(warnings) };
}

/** A JSON value as a cell's text: strings as they are, numbers and booleans as written, null as empty, objects
 * and arrays as JSON. */
function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function parseJsonl(text: string): ParsedCases | { error: string } {
  const columns: string[] = [];
  const read: Array<Map<string, string>> = [];
  const warnings: string[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      warnings.push(
        `Line ${i + 1} is not JSON (${error instanceof Error ? error.message : String(error)}): skipped.`,
      );
      continue;
    }
    if (!isRecord(value)) {
      warnings.push(`Line ${i + 1} is not a JSON object: skipped.`);
      continue;
    }
    if (read.length === CASE_LIMITS.rows) return tooManyRows();
    const row = new Map<string, string>();
    for (const [key, cell] of Object.entries(value)) {
      const name = key.trim() === '' ? '(blank)' : key;
      if (!columns.includes(name)) {
        if (columns.length === CASE_LIMITS.columns) return tooManyColumns(columns.length + 1);
        if (name !== key) warnings.push(`Line ${i + 1} has a key with no name: read as "${name}".`);
        columns.push(name);
      }
      const textValue = cellText(cell);
      if (textValue.length > CASE_LIMITS.cellChars) return tooLong(read.length + 1, name);
      row.set(name, textValue);
    }
    read.push(row);
  }
  if (read.length === 0) return fail(warnings[0] ?? 'The text holds no cases.');
  const rows = read.map((row) => Object.fromEntries(columns.map((c) => [c, row.get(c) ?? ''])));
  return { columns, rows, warnings: capWarnings(warnings) };
}

/**
 * Reads test cases. `auto` (the default): JSONL when the first non-blank line starts with `{`; else TSV when the
 * first line has a tab and no comma outside quotes; else CSV with the delimiter guessed by papaparse. A byte
 * order mark is dropped; lines with nothing in them are skipped.
 */
export function parseCases(text: string, format: CasesFormat = 'auto'): ParsedCases | { error: string } {
  const clean = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (clean.trim() === '') return fail('The text is empty.');
  if (format === 'jsonl' || (format === 'auto' && looksLikeJsonl(clean))) return parseJsonl(clean);
  return parseDelimited(clean, format);
}

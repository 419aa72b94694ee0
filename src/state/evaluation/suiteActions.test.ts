import { beforeEach, describe, expect, it } from 'vitest';
import type { Suite } from '@/domain/evaluation';
import { makePane } from '@/domain/pane';
import { DEFAULT_PROVIDER } from '@/domain/provider';
import { useSettingsStore } from '@/state/settings';
import { useWorkbenchStore } from '@/state/workbench';
import { INITIAL_EVALUATION, useEvaluationStore } from './evaluationStore';
import { selectCurrentSuite } from './selectors';
import {
  addCase,
  addCheck,
  addColumn,
  deleteCase,
  duplicateCase,
  importCases,
  removeCheck,
  renameSuite,
  updateCaseValue,
  updateCheck,
} from './suiteActions';

const other: Suite = {
  id: 'other',
  name: 'Other',
  columns: [],
  cases: [],
  checks: [],
  createdAt: 0,
  updatedAt: 0,
};

beforeEach(() => {
  useSettingsStore.setState({ provider: DEFAULT_PROVIDER });
  useWorkbenchStore.setState({ panes: [makePane({ modelId: 'model-a', provider: 'openai' })] });
  useEvaluationStore.setState({
    ...INITIAL_EVALUATION,
    ready: true,
    suites: [
      other,
      {
        id: 's1',
        name: 'Suite 1',
        columns: ['city'],
        cases: [{ id: 'c1', values: { city: 'Paris' } }],
        checks: [],
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    currentSuiteId: 's1',
  });
});

const suite = () => selectCurrentSuite(useEvaluationStore.getState());
const cities = () => suite().cases.map((c) => c.values.city);

describe('suite edits', () => {
  it('adds, edits, duplicates (right below) and deletes cases; only the current suite changes', () => {
    const oslo = addCase({ city: 'Oslo' });
    const rome = addCase();
    updateCaseValue(rome, 'city', 'Rome');
    expect(cities()).toEqual(['Paris', 'Oslo', 'Rome']);
    const copy = duplicateCase('c1');
    expect(suite().cases.map((c) => c.id)).toEqual(['c1', copy, oslo, rome]);
    expect(suite().cases[1]?.values).toEqual({ city: 'Paris' });
    updateCaseValue(copy, 'city', 'Lyon');
    expect(suite().cases[0]?.values.city).toBe('Paris'); // the copy has its own values
    deleteCase(oslo);
    expect(cities()).toEqual(['Paris', 'Lyon', 'Rome']);
    expect(duplicateCase('nope')).toBe('');
    expect(suite().updatedAt).toBeGreaterThan(1);
    expect(useEvaluationStore.getState().suites[0]).toBe(other);
  });

  it('a value in a new column adds the column; a blank column name is ignored', () => {
    updateCaseValue('c1', 'expected', 'Sunny');
    addColumn('  tone ');
    addColumn('   ');
    addColumn('city');
    expect(suite().columns).toEqual(['city', 'expected', 'tone']);
  });

  it('imports cases after the others or instead of them, keeping columns that match no variable', () => {
    const parsed = {
      columns: ['city', 'country'],
      rows: [
        { city: 'Oslo', country: 'Norway' },
        { city: 'Rome', country: 'Italy' },
      ],
      warnings: [],
    };
    importCases(parsed, 'append');
    expect(cities()).toEqual(['Paris', 'Oslo', 'Rome']);
    expect(suite().columns).toEqual(['city', 'country']);
    importCases({ ...parsed, rows: [{ city: 'Bern', country: 'Switzerland' }] }, 'replace');
    expect(suite().cases).toEqual([
      { id: expect.any(String), values: { city: 'Bern', country: 'Switzerland' } },
    ]);
    expect(new Set(suite().cases.map((c) => c.id)).size).toBe(1);
  });

  it('adds checks with a starting value; a judge starts on the first pane; updates keep the id', () => {
    const latency = addCheck('latency-under');
    const judge = addCheck('judge');
    expect(suite().checks).toEqual([
      { id: latency, type: 'latency-under', value: '5000' },
      {
        id: judge,
        type: 'judge',
        value: '',
        judge: { provider: 'openai', modelId: 'model-a', rubric: '', passScore: 7 },
      },
    ]);
    updateCheck(latency, { value: '800', id: 'hijacked' });
    expect(suite().checks[0]).toEqual({ id: latency, type: 'latency-under', value: '800' });
    removeCheck(judge);
    expect(suite().checks.map((c) => c.id)).toEqual([latency]);
    renameSuite('Weather');
    expect(suite().name).toBe('Weather');
  });

  it('does nothing before a suite exists (the store is not loaded yet)', () => {
    useEvaluationStore.setState(INITIAL_EVALUATION);
    addCase({ city: 'Oslo' });
    expect(useEvaluationStore.getState().suites).toEqual([]);
    expect(suite().id).toBe('');
  });
});

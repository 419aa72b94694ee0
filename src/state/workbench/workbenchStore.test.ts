import { beforeEach, describe, expect, it } from 'vitest';
import { INITIAL_CONVERSATION, makePane, useWorkbenchStore } from './workbenchStore';

const store = () => useWorkbenchStore.getState();

beforeEach(() => {
  useWorkbenchStore.setState({ view: 'chat', conversation: INITIAL_CONVERSATION, panes: [makePane()] });
});

describe('enterCompare', () => {
  it('adds a copy of the only pane, with its own parameters object, and switches view', () => {
    const params = { values: { temperature: 0.3 }, explicit: ['temperature'] };
    const first = makePane({
      modelId: 'm',
      paramsByModel: { m: params },
      systemOverride: 'own',
      provider: 'oxen',
    });
    useWorkbenchStore.setState({ panes: [first] });
    store().enterCompare();
    const { view, panes } = store();
    expect(view).toBe('compare');
    expect(panes).toHaveLength(2);
    expect(panes[0]).toBe(first);
    expect(panes[1]).toMatchObject({
      modelId: 'm',
      paramsByModel: { m: params },
      systemOverride: 'own',
      provider: 'oxen',
    });
    expect(panes[1]?.id).not.toBe(first.id);
    expect(panes[1]?.paramsByModel.m).not.toBe(params);
  });

  it('leaves two or more panes as they are', () => {
    const panes = [makePane({ modelId: 'a' }), makePane({ modelId: 'b' }), makePane({ modelId: 'c' })];
    useWorkbenchStore.setState({ panes });
    store().enterCompare();
    expect(store().panes).toBe(panes);
    expect(store().view).toBe('compare');
  });
});

describe('setPaneProvider', () => {
  it('sets and clears one pane’s provider override', () => {
    const [pane] = store().panes;
    if (!pane) throw new Error('no pane');
    store().setPaneProvider(pane.id, 'openai');
    expect(store().panes[0]?.provider).toBe('openai');
    store().setPaneProvider(pane.id, undefined);
    expect(store().panes[0]?.provider).toBeUndefined();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { INITIAL_CONVERSATION } from '@/domain/conversation';
import { makePane } from '@/domain/pane';
import { useWorkbenchStore } from './workbenchStore';

const store = () => useWorkbenchStore.getState();

beforeEach(() => {
  useWorkbenchStore.setState({
    view: 'chat',
    stream: true,
    conversation: INITIAL_CONVERSATION,
    panes: [makePane()],
    variables: {},
  });
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
    expect(panes[1]?.paramsByModel.m).not.toBe(first.paramsByModel.m);
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

describe('applyImportedRequest', () => {
  it('sets model, explicit parameters, conversation and stream in one update', () => {
    const [pane] = store().panes;
    if (!pane) throw new Error('no pane');
    let updates = 0;
    const unsubscribe = useWorkbenchStore.subscribe(() => {
      updates += 1;
    });
    store().applyImportedRequest(pane.id, {
      model: 'claude-sonnet-4-20250514',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
      ],
      temperature: 0.2,
      max_tokens: 10,
    });
    unsubscribe();
    expect(updates).toBe(1);
    const after = store();
    // The pasted body said nothing about streaming: off, and Run sends no "stream" either.
    expect(after.stream).toBeNull();
    expect(after.conversation).toEqual({
      system: 'Be brief.',
      turns: [{ role: 'user', text: 'Hi', images: [] }],
    });
    expect(after.panes[0]?.modelId).toBe('claude-sonnet-4-20250514');
    expect(after.panes[0]?.paramsByModel['claude-sonnet-4-20250514']).toEqual({
      values: { temperature: 0.2, max_tokens: 10 },
      explicit: ['temperature', 'max_tokens'],
      verbatim: ['temperature', 'max_tokens'],
    });
  });

  it('keeps the pane on its model when the request names none', () => {
    const pane = makePane({ modelId: 'kept' });
    useWorkbenchStore.setState({ panes: [pane] });
    store().applyImportedRequest(pane.id, { model: '', messages: [{ role: 'user', content: 'x' }] });
    expect(store().panes[0]?.modelId).toBe('kept');
    expect(store().conversation.turns[0]?.text).toBe('x');
  });
});

describe('applyImportedMedia', () => {
  it('sets the model and its parameters, the prompt among them, and leaves the conversation alone', () => {
    const conversation = {
      system: 'Shared',
      turns: [{ role: 'user' as const, text: 'Chat turn', images: [] }],
    };
    const other = makePane({ modelId: 'other' });
    const pane = makePane({
      modelId: 'sketch-demo',
      paramsByModel: { 'sketch-demo': { values: {}, explicit: [] } },
    });
    useWorkbenchStore.setState({ conversation, stream: false, panes: [pane, other] });
    store().applyImportedMedia(pane.id, {
      model: 'pixel-art-demo',
      prompt: 'A kite',
      seed: 3,
      style: 'flat',
    });
    const after = store();
    expect(after.conversation).toBe(conversation);
    expect(after.stream).toBe(false);
    expect(after.panes[1]).toBe(other);
    expect(after.panes[0]?.modelId).toBe('pixel-art-demo');
    expect(after.panes[0]?.paramsByModel['sketch-demo']).toEqual({ values: {}, explicit: [] });
    expect(after.panes[0]?.paramsByModel['pixel-art-demo']).toEqual({
      values: { prompt: 'A kite', seed: 3, style: 'flat' },
      explicit: ['prompt', 'seed', 'style'],
      verbatim: ['prompt', 'seed', 'style'],
    });
  });

  it('keeps the pane on its model when the body names none; a "__proto__" member stays a parameter', () => {
    const pane = makePane({ modelId: 'clip-demo' });
    useWorkbenchStore.setState({ panes: [pane] });
    store().applyImportedMedia(pane.id, JSON.parse('{"multi_prompt": ["a"], "__proto__": {"x": 1}}'));
    const params = store().panes[0]?.paramsByModel['clip-demo'];
    expect(store().panes[0]?.modelId).toBe('clip-demo');
    expect(Object.keys(params?.values ?? {})).toEqual(['multi_prompt', '__proto__']);
    expect(Object.getPrototypeOf(params?.values)).toBe(Object.prototype);
  });
});

describe('keepAnswer and openComparison', () => {
  it('keeps an answer as an assistant turn followed by an empty user turn, once', () => {
    store().setConversation({ system: '', turns: [{ role: 'user', text: 'Hi', images: [] }] });
    store().keepAnswer('Hello!');
    // Pressed twice (issue 10): no second copy, no empty user turn in between to be sent as "".
    store().keepAnswer('Hello!');
    expect(store().conversation.turns.map((t) => [t.role, t.text])).toEqual([
      ['user', 'Hi'],
      ['assistant', 'Hello!'],
      ['user', ''],
    ]);
  });

  it('opens a shared comparison in one update and shows it', () => {
    const panes = [makePane({ modelId: 'a' }), makePane({ modelId: 'b' })];
    const conversation = { system: 's', turns: [{ role: 'user' as const, text: 'q', images: [] }] };
    store().openComparison({ conversation, stream: false, panes });
    expect(store()).toMatchObject({ view: 'compare', stream: false, conversation, panes });
  });
});

describe('transcript edits', () => {
  it('edit one turn, add, move, remove and truncate; untouched turns keep their objects', () => {
    store().setConversation({ system: '', turns: [{ role: 'user', text: 'Q', images: [] }] });
    store().addTurn();
    store().editTurn(1, { text: 'A' });
    const first = store().conversation.turns[0];
    store().editTurn(1, { text: 'A!' });
    expect(store().conversation.turns[0]).toBe(first);
    store().addTurn();
    expect(store().conversation.turns.map((t) => t.role)).toEqual(['user', 'assistant', 'user']);
    store().moveTurn(1, 0);
    expect(store().conversation.turns.map((t) => t.text)).toEqual(['A!', 'Q', '']);
    store().removeTurn(0);
    expect(store().conversation.turns.map((t) => t.text)).toEqual(['Q', '']);
    store().truncateTurns(1);
    expect(store().conversation.turns.map((t) => t.text)).toEqual(['Q']);
    store().setSystemPrompt('Be brief.');
    expect(store().conversation.system).toBe('Be brief.');
  });
});

describe('the prompt’s tools and tool rounds', () => {
  const call = { id: 'c1', name: 'get_weather', arguments: '{"city":"Paris"}' };

  it('adds, renames (carrying the named choice), imports and removes tools', () => {
    store().addTool({ name: 'get_weather' });
    store().setToolChoice({ name: 'get_weather' });
    store().setParallelToolCalls(false);
    store().updateTool(0, { name: 'weather' });
    expect(store().conversation.toolChoice).toEqual({ name: 'weather' });
    const imported = store().importTools('[{"type":"function","function":{"name":"lookup"}}]');
    expect(imported).toEqual({ added: 1, warnings: [] });
    expect(store().conversation.tools?.map((t) => t.name)).toEqual(['weather', 'lookup']);
    expect(store().importTools('nope')).toMatchObject({ error: expect.any(String) });
    store().removeTool(0);
    expect(store().conversation.toolChoice).toBeUndefined();
    store().removeTool(0);
    expect(store().conversation).toEqual(INITIAL_CONVERSATION);
  });

  it('sets and clears the response format', () => {
    store().setResponseFormat({ type: 'json_object' });
    expect(store().conversation.responseFormat).toEqual({ type: 'json_object' });
    store().setResponseFormat(undefined);
    expect('responseFormat' in store().conversation).toBe(false);
  });

  it('appends a round of results, and keeps the pairing when turns are removed or moved', () => {
    store().editTurn(0, { text: 'Weather?' });
    store().appendToolRound({ text: '', toolCalls: [call] }, new Map([['c1', '21 °C']]));
    const turns = store().conversation.turns;
    expect(turns.map((t) => t.role)).toEqual(['user', 'assistant', 'tool', 'user']);
    expect(turns[2]).toEqual({ role: 'tool', text: '21 °C', images: [], toolCallId: 'c1' });
    expect(store().moveTurn(2, 0)).toMatch(/must stay right after/);
    expect(store().conversation.turns).toBe(turns);
    expect(store().moveTurn(3, 0)).toBeNull();
    expect(store().removeTurn(2)).toBeNull();
    expect(store().conversation.turns.map((t) => t.role)).toEqual(['user', 'user']);
  });
});

describe('setVariable', () => {
  it('sets one value, keeping the others and the values of variables no longer in the prompt', () => {
    store().setVariable('city', 'Paris');
    const before = store().variables;
    store().setVariable('name', 'Ada');
    expect(store().variables).toEqual({ city: 'Paris', name: 'Ada' });
    expect(before).toEqual({ city: 'Paris' }); // a new object each time: selectors see the change
    store().setSystemPrompt('no variables now');
    expect(store().variables).toEqual({ city: 'Paris', name: 'Ada' });
  });

  it('writes any name as an own entry', () => {
    store().setVariable('__proto__', 'x');
    expect(Object.hasOwn(store().variables, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(store().variables)).toBe(Object.prototype);
  });
});

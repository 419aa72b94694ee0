// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { INITIAL_CONVERSATION } from '@/domain/conversation';
import { makePane, paneTarget } from '@/domain/pane';
import { finishedRun, queuedRun, startedRun } from '@/domain/run';
import { adoptRuns, EMPTY_RUNS, selectLatestRun, useRunStore } from '@/state/runs';
import {
  currentWorkSummary,
  forgetReplacedWork,
  openReplacingWork,
  restoreReplacedWork,
} from './replacedWork';
import { useWorkbenchStore } from './workbenchStore';

beforeEach(() => {
  window.localStorage.clear();
  forgetReplacedWork();
  useRunStore.setState(EMPTY_RUNS);
  useWorkbenchStore.setState({
    view: 'chat',
    stream: true,
    conversation: INITIAL_CONVERSATION,
    panes: [makePane()],
    variables: {},
  });
});

describe('replaced work', () => {
  it('has nothing to lose in a fresh workbench', () => {
    expect(currentWorkSummary()).toBeNull();
  });

  it('keeps the work a share link replaces, answers included, and puts it back', () => {
    const mine = makePane({ modelId: 'mine' });
    useWorkbenchStore.setState({
      conversation: { system: '', turns: [{ role: 'user', text: 'My prompt', images: [] }] },
      panes: [mine],
    });
    const run = finishedRun(
      {
        ...startedRun(
          queuedRun(
            {
              id: 'r1',
              target: paneTarget(mine.id),
              request: { model: 'mine', messages: [] },
              provider: 'demo',
            },
            1,
          ),
          1,
        ),
        choices: ['My answer'],
      },
      'done',
      2,
    );
    adoptRuns([run]);
    expect(currentWorkSummary()).toBe('1 message, 1 answer');

    openReplacingWork({
      conversation: { system: '', turns: [{ role: 'user', text: 'Their prompt', images: [] }] },
      stream: false,
      panes: [makePane({ modelId: 'theirs' })],
    });
    expect(useWorkbenchStore.getState().conversation.turns[0]?.text).toBe('Their prompt');
    expect(useWorkbenchStore.getState().view).toBe('compare');

    restoreReplacedWork();
    const state = useWorkbenchStore.getState();
    expect(state.conversation.turns[0]?.text).toBe('My prompt');
    expect(state.panes.map((p) => p.modelId)).toEqual(['mine']);
    expect(state.view).toBe('chat');
    expect(selectLatestRun(paneTarget(mine.id))(useRunStore.getState())?.choices).toEqual(['My answer']);
    expect(window.localStorage.getItem('yoke.replaced')).toBeNull();
  });

  it("a link's variable values replace the workbench's, and restoring brings the user's back", () => {
    useWorkbenchStore.setState({
      conversation: { system: '', turns: [{ role: 'user', text: 'Hi {{name}}', images: [] }] },
      variables: { name: 'Ada', other: 'kept' },
    });
    openReplacingWork({
      conversation: { system: '', turns: [{ role: 'user', text: 'Yo {{name}}', images: [] }] },
      stream: true,
      panes: [makePane({ modelId: 'theirs' })],
      variables: { name: 'Bob' },
    });
    expect(useWorkbenchStore.getState().variables).toEqual({ name: 'Bob' });
    restoreReplacedWork();
    expect(useWorkbenchStore.getState().variables).toEqual({ name: 'Ada', other: 'kept' });
  });
});

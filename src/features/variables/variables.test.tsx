// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makePane } from '@/domain/pane';
import { confirmEmptyVariables, useEmptyVariablesGate } from '@/state/panes';
import { useWorkbenchStore } from '@/state/workbench';
import { EmptyVariablesDialog } from './EmptyVariablesDialog';
import { VARIABLES_HINT, VariablesPanel } from './VariablesPanel';

afterEach(cleanup);

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

const text = (system: string, message: string) =>
  useWorkbenchStore.setState({
    conversation: { system, turns: [{ role: 'user', text: message, images: [] }] },
  });

beforeEach(() => {
  useEmptyVariablesGate.setState({ question: null });
  useWorkbenchStore.setState({ view: 'chat', stream: true, panes: [makePane()], variables: {} });
  text('', '');
});

const region = () => screen.getByRole('region', { name: 'Variables' });
/** The names of the panel's textboxes, from their labels, in order. */
const shownNames = () =>
  within(region())
    .getAllByRole('textbox')
    .map((box) => (box as HTMLTextAreaElement).labels?.[0]?.textContent);

describe('VariablesPanel', () => {
  it('shows only the hint while the prompt has no variables', () => {
    render(<VariablesPanel />);
    expect(within(region()).queryAllByRole('textbox')).toEqual([]);
    expect(region().textContent).toContain(VARIABLES_HINT);
    expect(VARIABLES_HINT).toBe('Write {{name}} in a message to add a variable; \\{{ writes literal braces.');
  });

  it('lists one textbox per variable, named by it, in the order found, and follows the prompt', () => {
    render(<VariablesPanel />);
    act(() => text('About {{topic}}', 'Hello {{name}} from {{ city }}, {{name}} and \\{{literal}}'));
    const boxes = within(region()).getAllByRole('textbox');
    expect(shownNames()).toEqual(['topic', 'name', 'city']);
    expect(screen.getByRole('textbox', { name: 'city' })).toBe(boxes[2]);
    act(() => text('', 'Only {{city}}'));
    expect(within(region()).getAllByRole('textbox')).toHaveLength(1);
  });

  it('typing sets the value; a variable taken out and put back keeps it', () => {
    render(<VariablesPanel />);
    act(() => text('', 'Hello {{name}} from {{city}}'));
    fireEvent.change(screen.getByRole('textbox', { name: 'city' }), { target: { value: 'Paris' } });
    expect(useWorkbenchStore.getState().variables).toEqual({ city: 'Paris' });
    act(() => text('', 'Hello {{name}}'));
    expect(screen.queryByRole('textbox', { name: 'city' })).toBeNull();
    act(() => text('', 'Hello {{name}} from {{city}}'));
    expect((screen.getByRole('textbox', { name: 'city' }) as HTMLTextAreaElement).value).toBe('Paris');
  });

  it("lists the variables of a compare pane's own system prompt in Compare only", () => {
    useWorkbenchStore.setState({ panes: [makePane(), makePane({ systemOverride: 'As {{persona}}' })] });
    render(<VariablesPanel />);
    act(() => text('', 'Hi {{name}}'));
    expect(shownNames()).toEqual(['name']);
    act(() => useWorkbenchStore.setState({ view: 'compare' }));
    expect(shownNames()).toEqual(['name', 'persona']);
  });
});

describe('EmptyVariablesDialog', () => {
  it('lists the empty variables; Cancel answers no, Run anyway answers yes', async () => {
    const paneId = useWorkbenchStore.getState().panes[0]?.id ?? '';
    text('', 'Hello {{name}} from {{city}}');
    useWorkbenchStore.getState().setVariable('name', 'Ada');
    render(<EmptyVariablesDialog />);
    expect(screen.queryByRole('dialog')).toBeNull();

    let answer = confirmEmptyVariables([paneId]);
    const dialog = await screen.findByRole('dialog', { name: 'Some variables are empty' });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['city']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await answer).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();

    answer = confirmEmptyVariables([paneId]);
    fireEvent.click(await screen.findByRole('button', { name: 'Run anyway' }));
    expect(await answer).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('VariablesPanel hideWhenEmpty', () => {
  it('renders nothing without variables, the panel once there are some', () => {
    render(<VariablesPanel hideWhenEmpty />);
    expect(screen.queryByRole('region', { name: 'Variables' })).toBeNull();
    act(() => text('', 'Hi {{name}}'));
    expect(screen.getByRole('textbox', { name: 'name' })).toBeTruthy();
  });
});

// Run with an empty variable asks first. Every run a user starts (Run, Ctrl/⌘+Enter, Run all, a pane's Run,
// Regenerate, a sweep) goes through runPane or runPanes, so the question is asked here, once, and the screen
// only shows it: the dialog reads the pending question and answers it.

import { create } from 'zustand';
import { emptyVariables } from '@/domain/variables';
import { panesVariables, useWorkbenchStore } from '@/state/workbench';

export interface EmptyVariablesQuestion {
  /** The empty variables, in the order the prompt has them. */
  names: string[];
}

interface GateState {
  question: EmptyVariablesQuestion | null;
}

export const useEmptyVariablesGate = create<GateState>(() => ({ question: null }));

/** Who waits for the current question's answer (kept out of the store: the store holds only what is shown). */
let waiting: ((run: boolean) => void) | null = null;

export const selectEmptyVariablesQuestion = (s: GateState) => s.question;

/** The variables the panes would send empty now. */
export function emptyVariablesOfPanes(paneIds: readonly string[]): string[] {
  const state = useWorkbenchStore.getState();
  return emptyVariables(panesVariables(state, paneIds), state.variables);
}

/** Resolves true when the panes may run: no variable is empty, or the user said "Run anyway". */
export function confirmEmptyVariables(paneIds: readonly string[]): Promise<boolean> {
  const names = emptyVariablesOfPanes(paneIds);
  if (names.length === 0) return Promise.resolve(true);
  // A second Run while the question is open replaces it; the first run is not started.
  waiting?.(false);
  return new Promise((resolve) => {
    const question = { names };
    waiting = (run) => {
      waiting = null;
      if (useEmptyVariablesGate.getState().question === question)
        useEmptyVariablesGate.setState({ question: null });
      resolve(run);
    };
    useEmptyVariablesGate.setState({ question });
  });
}

/** The user's answer: true runs with the variables empty, false sends nothing. */
export function answerEmptyVariables(run: boolean): void {
  waiting?.(run);
}

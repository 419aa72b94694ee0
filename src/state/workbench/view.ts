/** Chat: the first pane alone. Compare: every pane side by side. Evaluate: the panes as the columns of a grid of
 * test cases (a pane's own provider applies, as in Compare). */
export type WorkbenchView = 'chat' | 'compare' | 'evaluate';

export const WORKBENCH_VIEWS: readonly WorkbenchView[] = ['chat', 'compare', 'evaluate'];

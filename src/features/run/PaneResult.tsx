import { memo, useMemo } from 'react';
import type { ToolRound } from '@/domain/conversation';
import { paneTarget } from '@/domain/pane';
import { choiceImages, type FigureName } from '@/domain/run';
import { runPanes } from '@/state/panes';
import { selectShownRun, useRunStore } from '@/state/runs';
import { useWorkbenchStore } from '@/state/workbench';
import { ResponseView } from './ResponseView';
import { RunFrame } from './RunFrame';
import { appendedText, appendRound } from './toolRoundActions';

const NO_BEST: readonly FigureName[] = [];

// The panes answer one shared conversation: this pane's calls and the results go into it, and every pane
// answers the continued conversation, so the comparison stays one prompt (see README, Compare).
const SEND_NOTE = 'Adds these calls and results to the shared conversation and runs every pane on it.';
const sendToEveryPane = (round: ToolRound, results: ReadonlyMap<string, string>) => {
  appendRound(round, results);
  void runPanes(useWorkbenchStore.getState().panes.map((p) => p.id));
};

/** The part of a pane that follows a stream: the shown answer (the latest run, or an earlier one the user
 * stepped back to), its status and its metrics. The rest of the pane does not re-render on a streamed frame. */
export const PaneResult = memo(function PaneResult({
  paneId,
  best = NO_BEST,
  label,
  prefix = '',
}: {
  paneId: string;
  best?: readonly FigureName[];
  /** The answer region's name ("Response" unless given). */
  label?: string;
  /** The prefix of the regions inside: "Pane 2" gives "Pane 2 reasoning", "Pane 2 tool call: get_weather". */
  prefix?: string;
}) {
  const target = paneTarget(paneId);
  const run = useRunStore(useMemo(() => selectShownRun(target), [target]));
  const keepAnswer = useWorkbenchStore((s) => s.keepAnswer);
  return (
    <RunFrame paneId={paneId} target={target} run={run} best={best}>
      <ResponseView
        run={run}
        onAppend={(i, withReasoning) =>
          keepAnswer(appendedText(run, i, withReasoning), run ? choiceImages(run, i) : [])
        }
        label={label}
        prefix={prefix}
        onSendToolResults={sendToEveryPane}
        sendNote={SEND_NOTE}
      />
    </RunFrame>
  );
});

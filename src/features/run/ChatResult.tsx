import { memo, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { answerTurnAt } from '@/domain/conversation';
import { paneTarget } from '@/domain/pane';
import { choiceImages } from '@/domain/run';
import { runPane } from '@/state/panes';
import { selectShownRun, useRunStore } from '@/state/runs';
import { useWorkbenchStore } from '@/state/workbench';
import { ResponseView } from './ResponseView';
import { RunFrame } from './RunFrame';
import { appendedText, appendRound } from './toolRoundActions';

const NO_CHOICES: readonly string[] = [];

/** The chat view's answer, at the end of the transcript: the shown run in the "Response" region until it is
 * appended as a turn (then the region says where it went, and Append is not offered again), with Copy and
 * Regenerate. `composerId` is focused after Append, so focus does not fall to the page. */
export const ChatResult = memo(function ChatResult({
  paneId,
  composerId,
}: {
  paneId: string;
  composerId: string;
}) {
  const target = paneTarget(paneId);
  const run = useRunStore(useMemo(() => selectShownRun(target), [target]));
  const keepAnswer = useWorkbenchStore((s) => s.keepAnswer);
  const choices = run?.choices ?? NO_CHOICES;
  const kept = useWorkbenchStore(
    useShallow((s) => choices.map((text) => answerTurnAt(s.conversation, text))),
  );
  const append = (index: number, withReasoning: boolean) => {
    keepAnswer(appendedText(run, index, withReasoning), run ? choiceImages(run, index) : []);
    requestAnimationFrame(() => document.getElementById(composerId)?.focus());
  };
  return (
    <RunFrame paneId={paneId} target={target} run={run} best={[]}>
      <ResponseView
        run={run}
        onAppend={append}
        kept={kept}
        onRegenerate={() => void runPane(paneId)}
        onCopy={(index) => void navigator.clipboard.writeText(choices[index] ?? '')}
        onSendToolResults={(round, results) => {
          appendRound(round, results);
          void runPane(paneId);
        }}
      />
    </RunFrame>
  );
});

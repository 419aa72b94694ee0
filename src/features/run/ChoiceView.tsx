import type { ToolRound } from '@/domain/conversation';
import {
  choiceImages,
  choiceReasoning,
  choiceThinking,
  choiceToolCalls,
  isActive,
  type RunRecord,
} from '@/domain/run';
import { Button, Markdown } from '@/ui';
import { AnswerImages } from './AnswerImages';
import { OutputCheck } from './OutputCheck';
import { ReasoningView } from './ReasoningView';
import { ToolRoundView } from './ToolRoundView';

export interface ChoiceActions {
  /** Appends the answer; `withReasoning` puts the reasoning before it as a <think> block. */
  onAppend?: (choiceIndex: number, withReasoning: boolean) => void;
  onCopy?: (choiceIndex: number) => void;
  onRegenerate?: () => void;
  onSendToolResults?: (round: ToolRound, results: ReadonlyMap<string, string>) => void;
  sendNote?: string;
}

interface ChoiceViewProps extends ChoiceActions {
  run: RunRecord | undefined;
  index: number;
  count: number;
  text: string;
  /** The conversation turn already holding this answer, if any. */
  kept: number | null | undefined;
  /** Region names' prefix: '' in chat, "Pane 2" in a pane. */
  prefix: string;
}

/** One choice of the answer: its reasoning (above), its text — or, for a structured answer that has ended, the
 * check and the folded JSON — its images, its tool calls, and its buttons. */
export function ChoiceView(props: ChoiceViewProps) {
  const { run, index, count, text, kept, prefix, onAppend, onCopy, onRegenerate } = props;
  const going = run ? isActive(run) : false;
  const several = count > 1;
  const suffix = several ? ` (choice ${index + 1})` : '';
  const reasoning = run ? choiceReasoning(run, index) : '';
  const thinking = run ? choiceThinking(run, index) : false;
  const hasCalls = run ? choiceToolCalls(run, index).length > 0 : false;
  const images = run ? choiceImages(run, index) : [];
  const structured = run && !going && text !== '' ? run : undefined;
  const which = several ? ` (choice ${index + 1})` : '';
  return (
    <article aria-label={several ? `Choice ${index + 1}` : undefined} className="mb-3 space-y-2">
      {several && <h3 className="text-xs font-semibold text-slate-500">Choice {index + 1}</h3>}
      {reasoning !== '' && (
        <ReasoningView
          name={`${prefix ? `${prefix} reasoning` : 'Reasoning'}${suffix}`}
          text={reasoning}
          live={thinking}
        />
      )}
      {typeof kept === 'number' ? (
        <p className="text-sm text-slate-500">In the conversation as message {kept}.</p>
      ) : (
        <>
          {structured && <OutputCheck request={structured.request} text={text} />}
          {!structured?.request.response_format && (text !== '' || !hasCalls) && (
            // The first heading starts at the top of the box, not a heading's margin below it.
            <div className="[&_.prose>div:first-child>:first-child]:mt-0">
              <Markdown text={text} />
            </div>
          )}
          <AnswerImages images={images} />
        </>
      )}
      {going && index === count - 1 && !hasCalls && (
        <span aria-hidden className="inline-block h-4 w-2 animate-pulse bg-slate-400" />
      )}
      {run && hasCalls && (
        <ToolRoundView
          key={run.id}
          run={run}
          choice={index}
          prefix={prefix}
          suffix={suffix}
          onSend={props.onSendToolResults}
          sendNote={props.sendNote}
        />
      )}
      {!going && text !== '' && !hasCalls && (onAppend || onCopy || onRegenerate) && (
        <div className="flex flex-wrap gap-1">
          {onAppend && typeof kept !== 'number' && (
            <Button size="sm" onClick={() => onAppend(index, false)}>
              Append to conversation{which}
            </Button>
          )}
          {onAppend && typeof kept !== 'number' && reasoning !== '' && (
            <Button size="sm" variant="ghost" onClick={() => onAppend(index, true)}>
              Append with reasoning{which}
            </Button>
          )}
          {onCopy && (
            <Button size="sm" variant="ghost" onClick={() => onCopy(index)}>
              Copy answer{which}
            </Button>
          )}
          {onRegenerate && index === count - 1 && (
            <Button size="sm" variant="ghost" onClick={onRegenerate}>
              Regenerate answer
            </Button>
          )}
        </div>
      )}
    </article>
  );
}

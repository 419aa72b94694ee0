import { Button } from '@/ui';
import { usePaneTitle } from './usePaneTitle';

interface PaneHeaderProps {
  paneId: string;
  number: number;
  /** The id of the element holding the pane's settings, which the settings button opens and closes. */
  settingsId: string;
  settingsOpen: boolean;
  onToggleSettings: () => void;
  /** The id the title text gets, so the pane's region can be described by it. */
  titleId: string;
  /** The settings button's id, so focus can go back to it when the settings close. */
  toggleId: string;
}

/** The pane's title — what sets it apart: its model and the parameters that differ from pane 1 — with the
 * button that opens its settings (model, parameters, system prompt, tools). One line, so every pane's answer
 * starts at the same height. */
export function PaneHeader(props: PaneHeaderProps) {
  const { number, settingsOpen } = props;
  const title = usePaneTitle(props.paneId);
  const [model, ...rest] = title.parts;
  return (
    <div className="flex items-center gap-2">
      <h2 className="flex min-w-0 flex-1 items-center gap-2 text-sm" title={title.full}>
        {/* Flex items are named apart by a space: "Pane 1: claude-sonnet-4 · T 0.5". */}
        <span className="sr-only">{`Pane ${number}:`}</span>
        <span
          aria-hidden
          className="shrink-0 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-700"
        >
          {number}
        </span>
        <span id={props.titleId} className="min-w-0 truncate">
          <span className="font-mono font-semibold">{model}</span>
          {rest.map((part) => (
            <span key={part} className="text-slate-600">
              {' · '}
              {part}
            </span>
          ))}
        </span>
      </h2>
      <Button
        id={props.toggleId}
        size="sm"
        variant={settingsOpen ? 'primary' : 'secondary'}
        aria-expanded={settingsOpen}
        aria-controls={props.settingsId}
        onClick={props.onToggleSettings}
        // Not "settings": the app's own Settings button is found by that word.
        aria-label={`Configure pane ${number}`}
      >
        Configure
      </Button>
    </div>
  );
}

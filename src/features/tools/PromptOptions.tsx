import type { PromptSupport } from '@/domain/schema';
import { ResponseFormatControl } from './ResponseFormatControl';
import { ToolsSection } from './ToolsSection';

/** "Tools & output": what the request carries besides the messages — the tools and the response format. Part of
 * the prompt, so it sits with the system prompt's side of the screen and is shared by every compare pane. */
export function PromptOptions({
  support,
  unsupportedBy,
  heading = true,
  columns = false,
}: {
  support: PromptSupport;
  unsupportedBy?: string;
  /** Off where the surrounding disclosure already says it. */
  heading?: boolean;
  /** Tools and response format side by side on a wide screen (Compare's full-width shared area). */
  columns?: boolean;
}) {
  return (
    <div className="space-y-2">
      {heading && <h2 className="text-sm font-semibold">Tools &amp; output</h2>}
      <div
        className={
          columns ? 'grid items-start gap-2 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]' : 'space-y-2'
        }
      >
        <ToolsSection support={support} unsupportedBy={unsupportedBy} />
        <ResponseFormatControl support={support} />
      </div>
    </div>
  );
}

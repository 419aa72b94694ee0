import type { ReactNode } from 'react';

/** Nodes drawn at most: a 200 KB answer has tens of thousands; past this the rest is counted, not drawn. */
const MAX_NODES = 1_500;

function leaf(value: unknown): ReactNode {
  const text = JSON.stringify(value);
  const tone =
    typeof value === 'string' ? 'text-emerald-800' : value === null ? 'text-slate-500' : 'text-sky-800';
  return <span className={`break-all ${tone}`}>{text}</span>;
}

/** A JSON value, pretty and folded: objects and lists are <details> (the first two levels open), so a long
 * structured answer reads from its outline. Drawing stops after MAX_NODES nodes. */
export function JsonTree({ value, label = 'Output as JSON' }: { value: unknown; label?: string }) {
  let budget = MAX_NODES;
  const node = (key: string | null, v: unknown, depth: number): ReactNode => {
    budget -= 1;
    const name = key === null ? null : <span className="text-slate-700">{key}: </span>;
    if (v === null || typeof v !== 'object')
      return (
        <div>
          {name}
          {leaf(v)}
        </div>
      );
    const entries: Array<[string, unknown]> = Array.isArray(v)
      ? v.map((item, i) => [String(i), item])
      : Object.entries(v as Record<string, unknown>);
    const brackets = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
    const summary = `${brackets[0]} ${entries.length} ${Array.isArray(v) ? 'items' : 'keys'} ${brackets[1]}`;
    const shown: ReactNode[] = [];
    for (const [k, item] of entries) {
      if (budget <= 0) {
        shown.push(
          <div key="…" className="text-slate-500">
            … {entries.length - shown.length} more not drawn
          </div>,
        );
        break;
      }
      shown.push(<div key={k}>{node(Array.isArray(v) ? null : JSON.stringify(k), item, depth + 1)}</div>);
    }
    return (
      <details open={depth < 2}>
        <summary className="cursor-pointer">
          {name}
          <span className="text-slate-500">{summary}</span>
        </summary>
        <div className="border-l border-slate-200 pl-3">{shown}</div>
      </details>
    );
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a tree of disclosures, not form fields.
    <div role="group" aria-label={label} className="overflow-x-auto font-mono text-xs leading-relaxed">
      {node(null, value, 0)}
    </div>
  );
}

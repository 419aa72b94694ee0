import type { BrowserContext, Page } from 'playwright-core';

// tsx compiles with esbuild's keepNames, which wraps named functions in __name(...) calls; a function sent to
// the page as source text would then throw "__name is not defined". The shim makes those calls no-ops.
const NAME_SHIM = 'var __name = (target) => target;';

/** Runs `probe(arg)` in every document of the context before any page script. */
export async function addProbe<A>(
  target: BrowserContext | Page,
  probe: (arg: A) => void,
  arg: A,
): Promise<void> {
  await target.addInitScript({ content: `${NAME_SHIM}\n(${probe.toString()})(${JSON.stringify(arg)});` });
}

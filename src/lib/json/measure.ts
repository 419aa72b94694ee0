// Parsed JSON from a stranger (a share link, a pasted request, stored state) can be nested far deeper than any
// recursive code survives: JSON.parse reads 100,000 nested arrays, but JSON.stringify, structuredClone and
// every recursive walk in the app overflow the stack near 10,000. Measured here without recursion, right after
// parsing, so deep values are refused before anything else touches them.

export interface JsonLimits {
  /** Deepest nesting of arrays/objects allowed (a scalar is depth 0). */
  depth: number;
  /** Most values (of any kind) allowed in all. */
  nodes: number;
}

/** Why `value` exceeds `limits` ("nested 10,001 levels deep" …), or null when it is within them. */
export function jsonExceeds(value: unknown, limits: JsonLimits): string | null {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    nodes += 1;
    if (nodes > limits.nodes) return `it holds more than ${limits.nodes.toLocaleString('en-US')} values`;
    if (typeof node !== 'object' || node === null) continue;
    if (depth + 1 > limits.depth) return `it is nested more than ${limits.depth} levels deep`;
    const children = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return null;
}

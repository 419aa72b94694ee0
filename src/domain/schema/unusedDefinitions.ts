// A schema served out of an OpenAPI document often brings the document's whole `components.schemas` along,
// thousands of parts of which a request uses a few dozen (and fewer still once the fields the workbench owns,
// such as `messages`, are removed). The budget counts every part and ajv reads every one, so the root's
// definitions that nothing left in the schema refers to, directly or through other definitions, are dropped.

import { isRecord } from '@/lib/json';
import { eachSchema } from './schemaWalk';

/** Where a root keeps named definitions. */
const CONTAINERS: ReadonlyArray<readonly string[]> = [['$defs'], ['definitions'], ['components', 'schemas']];

/** The JSON-pointer segments of a local `$ref` ("#/$defs/A" → ["$defs", "A"]); undefined for any other. */
function segmentsOf(ref: string): string[] | undefined {
  if (ref === '#') return [];
  if (!ref.startsWith('#/')) return undefined;
  try {
    // As resolveRef reads it: percent-decoding (a URI fragment), then RFC 6901 escapes.
    return ref
      .slice(2)
      .split('/')
      .map((raw) => decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~'));
  } catch {
    return undefined;
  }
}

const startsWith = (path: readonly string[], prefix: readonly string[]) =>
  prefix.every((segment, i) => path[i] === segment);

/** Keys of what `path` lies in: "<container>\u0000<name>" for a definition, "*<container>" for a whole container
 * (`path` is the container or an ancestor of it). */
function definitionsAt(path: readonly string[]): string[] {
  const keys: string[] = [];
  for (const [c, container] of CONTAINERS.entries()) {
    if (path.length > container.length && startsWith(path, container))
      keys.push(`${c}\u0000${path[container.length]}`);
    else if (startsWith(container, path)) keys.push(`*${c}`);
  }
  return keys;
}

/** `root` without the definitions (in $defs, definitions, components.schemas) nothing else uses; `root` itself
 * when all are used. Throws TooManyParts (see schemaWalk). */
export function dropUnusedDefinitions(root: Record<string, unknown>): Record<string, unknown> {
  // Refs made outside any definition, and refs made inside each definition.
  const live: string[] = [];
  const uses = new Map<string, string[]>();
  eachSchema(root, (node, place) => {
    const segments = typeof node.$ref === 'string' ? segmentsOf(node.$ref) : undefined;
    if (!segments) return;
    const targets = definitionsAt(segments);
    const owner = definitionsAt(place.path).find((key) => !key.startsWith('*'));
    if (owner === undefined) live.push(...targets);
    else {
      const list = uses.get(owner) ?? [];
      list.push(...targets);
      uses.set(owner, list);
    }
  });
  // Everything reachable from the live refs, one definition at a time (no spreading of long lists).
  const used = new Set<string>();
  for (let key = live.pop(); key !== undefined; key = live.pop()) {
    if (used.has(key)) continue;
    used.add(key);
    for (const next of uses.get(key) ?? []) if (!used.has(next)) live.push(next);
  }
  let out = root;
  for (const [c, container] of CONTAINERS.entries()) {
    const [first, second] = container as [string, string?];
    const parent = second === undefined ? root : root[first];
    const map = isRecord(parent) ? parent[second ?? first] : undefined;
    if (!isRecord(map) || used.has(`*${c}`)) continue;
    const kept = Object.entries(map).filter(([name]) => used.has(`${c}\u0000${name}`));
    if (kept.length === Object.keys(map).length) continue;
    if (out === root) out = { ...root };
    const filtered = Object.fromEntries(kept);
    if (second === undefined) out[first] = filtered;
    else out[first] = { ...(parent as Record<string, unknown>), [second]: filtered };
  }
  return out;
}

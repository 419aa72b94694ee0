// One bounded walk over every subschema of a document, shared by the passes that tidy a published schema before
// the budget sees it (local ids, OpenAPI keywords, unused definitions). A parameter schema is a stranger's input:
// the walk stops descending past a depth (the budget then refuses the schema, naming the parameter) and gives up
// past a node count, so no pass can recurse without end or run for long.

import { isRecord } from '@/lib/json';
import { SCHEMA_LIMITS } from './schemaBudget';
import { SUBSCHEMA_KEYWORDS, SUBSCHEMA_LIST_KEYWORDS } from './schemaKeywords';

export const WALK_LIMITS = {
  /** Subschemas in the whole document. Above the budget's limit because unused definitions (all of an OpenAPI
   * document's components, say) are only dropped after these passes. */
  nodes: 100_000,
  /** Deeper than the budget allows, so that the budget, not this walk, is what refuses a deep schema. */
  depth: SCHEMA_LIMITS.depth + 8,
} as const;

/** Any document's base URI when its root names none: `.invalid` can never be fetched (nothing is), and a name
 * no schema author would write, so a relative `$ref` does not land on the root by accident. */
export const DOCUMENT_BASE = 'https://schema.yoke.invalid/$document-root';

/** Where a subschema sits. */
export interface Place {
  /** JSON-pointer segments from the document root, unescaped. */
  path: readonly string[];
  /** The base URI its relative `$ref`s resolve against: its own `$id`, else the nearest enclosing one. */
  base: string;
  /** The enclosing base URI, which differs from `base` when the subschema's own `$id` sets a new one. */
  outerBase: string;
  depth: number;
}

/** The walk met more subschemas than WALK_LIMITS allows. */
export class TooManyParts extends Error {
  constructor() {
    super(`the schema has more than ${WALK_LIMITS.nodes.toLocaleString('en-US')} parts`);
  }
}

const SINGLE = new Set(SUBSCHEMA_KEYWORDS);
const LISTS = new Set(SUBSCHEMA_LIST_KEYWORDS);
/** Keywords whose value maps names to subschemas (`dependencies` also holds string lists, left alone). */
const MAPS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'dependencies',
]);

/** `url` resolved against `base`, or undefined when it does not parse. */
export function resolveUrl(url: string, base: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

/** The base URI inside `node`: its `$id` without fragment, else the enclosing one. A fragment-only `$id`
 * ("#name", draft-07's anchor) does not change the base. */
function baseOf(node: Record<string, unknown>, outer: string): string {
  const id = node.$id;
  if (typeof id !== 'string' || id.startsWith('#')) return outer;
  const url = resolveUrl(id, outer);
  if (!url) return outer;
  url.hash = '';
  return url.href;
}

/** The `$ref` that names `path` from the root ("#/components/schemas/X"), or undefined when a segment cannot be
 * written in a URI (a lone surrogate). RFC 6901 escapes, then percent-encoding for what a fragment may not hold. */
export function pointerRef(path: readonly string[]): string | undefined {
  try {
    const segments = path.map((segment) =>
      segment
        .replace(/~/g, '~0')
        .replace(/\//g, '~1')
        .replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@]/g, (c) => encodeURIComponent(c)),
    );
    return `#${segments.map((s) => `/${s}`).join('')}`;
  } catch {
    return undefined;
  }
}

/** A Place whose path is worked out only when asked for: most visits never need it, and building one per
 * subschema made the walk several times slower on large documents. */
class Spot implements Place {
  #path: readonly string[] | undefined;
  constructor(
    private readonly parent: Spot | undefined,
    private readonly segments: readonly string[],
    readonly outerBase: string,
    readonly base: string,
    readonly depth: number,
  ) {}
  get path(): readonly string[] {
    this.#path ??= this.parent ? [...this.parent.path, ...this.segments] : this.segments;
    return this.#path;
  }
}

/**
 * Rebuilds `root`, children before parents: `visit` gets each subschema (with its children already rebuilt) and
 * returns what takes its place. Objects are copied only where something changed, so an untouched document comes
 * back as the same object. Besides the standard keywords it walks OpenAPI's root `components.schemas`, where
 * published schemas keep their definitions. Throws TooManyParts.
 */
export function mapSchemas(
  root: Record<string, unknown>,
  visit: (node: Record<string, unknown>, place: Place) => Record<string, unknown>,
): Record<string, unknown> {
  let nodes = 0;

  const mapEntries = (map: Record<string, unknown>, parent: Spot, segments: readonly string[]) => {
    let changed: Record<string, unknown> | undefined;
    for (const name in map) {
      if (!Object.hasOwn(map, name)) continue;
      const child = map[name];
      const next = rebuild(child, parent, [...segments, name]);
      if (next === child) continue;
      changed ??= { ...map };
      // The copy already owns every name ("__proto__" too), so assigning replaces that own entry.
      changed[name] = next;
    }
    return changed ?? map;
  };

  function rebuild(node: unknown, parent: Spot | undefined, segments: readonly string[]): unknown {
    if (!isRecord(node)) return node;
    nodes += 1;
    if (nodes > WALK_LIMITS.nodes) throw new TooManyParts();
    const outerBase = parent ? parent.base : DOCUMENT_BASE;
    const here = new Spot(
      parent,
      segments,
      outerBase,
      baseOf(node, outerBase),
      parent ? parent.depth + 1 : 0,
    );
    let out = node;
    const put = (key: string, value: unknown) => {
      if (value === node[key]) return;
      if (out === node) out = { ...node };
      out[key] = value;
    };
    if (here.depth < WALK_LIMITS.depth) {
      // Over the node's own few keys rather than every keyword: a keyed lookup per keyword per node was most of
      // the walk's time.
      for (const key in node) {
        const value = node[key];
        if (isRecord(value)) {
          if (SINGLE.has(key)) put(key, rebuild(value, here, [key]));
          else if (MAPS.has(key)) put(key, mapEntries(value, here, [key]));
          else if (key === 'components' && here.depth === 0 && isRecord(value.schemas)) {
            const schemas = mapEntries(value.schemas, here, ['components', 'schemas']);
            if (schemas !== value.schemas) put(key, { ...value, schemas });
          }
        } else if (Array.isArray(value) && LISTS.has(key)) {
          const next = value.map((item, i) => rebuild(item, here, [key, String(i)]));
          if (next.some((item, i) => item !== value[i])) put(key, next);
        }
      }
    }
    return visit(out, here);
  }

  return rebuild(root, undefined, []) as Record<string, unknown>;
}

/** Calls `see` on every subschema of `root` (children first), changing nothing. Throws TooManyParts. */
export function eachSchema(
  root: Record<string, unknown>,
  see: (node: Record<string, unknown>, place: Place) => void,
): void {
  mapSchemas(root, (node, place) => {
    see(node, place);
    return node;
  });
}

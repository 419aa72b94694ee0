// OpenAPI documents build a request from parts: `allOf: [{$ref: <shared base>}, {properties: {...}}]`, the base
// often an allOf of its own. The form, the display order and the owned-field filter all read the root's
// `properties`, so an allOf of plain object parts at the root is merged into one `properties` and `required`.
// Anything an object part cannot be merged without changing its meaning (an anyOf, a `not`, a bound on the
// number of properties, ...) leaves the root as it was.

import { isRecord, isStringList, ownValue, setOwn } from '@/lib/json';
import { resolveRef } from './schemaRefs';

/** Keywords of a part that merging keeps (properties, required, basic) or may ignore: the root is an object of
 * parameters already (so not null either), and normalizeSchema drops its additionalProperties. */
const MERGEABLE = new Set([
  'type',
  'properties',
  'required',
  'basic',
  'allOf',
  '$ref',
  'additionalProperties',
  'nullable',
  'title',
  'description',
  'example',
  'examples',
  'deprecated',
  '$comment',
  'discriminator',
  'externalDocs',
]);
/** Parts followed through $ref and nested allOf; more than this is not a request schema (or is a loop). */
const MAX_PARTS = 64;

interface Merged {
  properties: Record<string, unknown>;
  required: string[];
  basic: string[];
  /** Parts merged so far, against MAX_PARTS (which also stops a $ref loop). */
  parts: number;
}

class Unmergeable extends Error {}

function addProperty(into: Record<string, unknown>, name: string, schema: unknown) {
  const before = ownValue(into, name);
  // Two parts constraining one property: both apply (the same schema reached twice, once is enough).
  if (before === undefined || before === schema) setOwn(into, name, schema);
  else setOwn(into, name, { allOf: [before, schema] });
}

function mergePart(root: Record<string, unknown>, part: unknown, merged: Merged): void {
  merged.parts += 1;
  if (!isRecord(part) || merged.parts > MAX_PARTS) throw new Unmergeable();
  for (const key of Object.keys(part)) {
    if (!MERGEABLE.has(key) && !key.startsWith('x-')) throw new Unmergeable();
  }
  if (part.type !== undefined && part.type !== 'object') throw new Unmergeable();
  if (part.$ref !== undefined) {
    const target = typeof part.$ref === 'string' ? resolveRef(root, part.$ref) : undefined;
    mergePart(root, target, merged);
  }
  if (part.allOf !== undefined) {
    if (!Array.isArray(part.allOf)) throw new Unmergeable();
    for (const member of part.allOf) mergePart(root, member, merged);
  }
  if (part.properties !== undefined) {
    if (!isRecord(part.properties)) throw new Unmergeable();
    for (const [name, schema] of Object.entries(part.properties))
      addProperty(merged.properties, name, schema);
  }
  if (isStringList(part.required)) merged.required.push(...part.required);
  if (isStringList(part.basic)) merged.basic.push(...part.basic);
}

/** `root` with a root-level `allOf` (or `$ref`, which serves one schema out of a document of components) of
 * object parts merged into its own properties — the parts' first, in order, then the root's own — or `root`
 * itself when there is nothing to merge or it cannot be merged. */
export function flattenRootAllOf(root: Record<string, unknown>): Record<string, unknown> {
  const { allOf, $ref, ...rest } = root;
  if (allOf === undefined && $ref === undefined) return root;
  if (
    (allOf !== undefined && !Array.isArray(allOf)) ||
    (rest.properties !== undefined && !isRecord(rest.properties))
  )
    return root;
  const merged: Merged = { properties: Object.create(null), required: [], basic: [], parts: 0 };
  const parts = [...($ref === undefined ? [] : [{ $ref }]), ...(Array.isArray(allOf) ? allOf : [])];
  try {
    for (const part of parts) mergePart(root, part, merged);
    mergePart(
      root,
      { properties: rest.properties ?? {}, required: rest.required, basic: rest.basic },
      merged,
    );
  } catch (error) {
    if (error instanceof Unmergeable) return root;
    throw error;
  }
  const flat: Record<string, unknown> = { ...rest, properties: merged.properties };
  if (merged.required.length > 0) flat.required = [...new Set(merged.required)];
  if (merged.basic.length > 0) flat.basic = [...new Set(merged.basic)];
  return flat;
}

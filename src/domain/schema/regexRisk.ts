// A schema's `pattern` runs on every keystroke in the form (ajv validates live), and a pattern such as
// ^(a+)+$ or ^(a|aa)+$ takes exponential time on a string that almost matches: one edit froze the tab for
// seconds. Patterns are parsed (regjsparser) and refused when they have the shapes that backtrack
// catastrophically: a repeated group that contains another variable repetition, a repeated choice whose
// branches can start with the same character (or match nothing), or a back-reference. Refused patterns are
// not checked by the form (the provider still checks them) and the form says so.

import type { AstNode as AnyNode, RootNode as AnyRoot } from 'regjsparser';
import { schemaEngine } from './schemaEngine';

const FEATURES = { lookbehind: true, namedGroups: true, unicodePropertyEscape: true } as const;
type AstNode = AnyNode<typeof FEATURES>;
type RootNode = AnyRoot<typeof FEATURES>;

type Range = readonly [number, number];
/** The characters a piece can start with: a list of ranges, or any character at all. */
type FirstSet = Range[] | 'any';

const DIGIT: Range[] = [[48, 57]];
const WORD: Range[] = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
];
const SPACE: Range[] = [
  [9, 13],
  [32, 32],
  [160, 160],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];

/** A repetition this often or more counts as "many" (a fixed {3} does not). */
const MANY = 10;
/** Patterns longer than this are not analysed (or run). */
export const MAX_PATTERN_LENGTH = 1_000;

function union(a: FirstSet, b: FirstSet): FirstSet {
  return a === 'any' || b === 'any' ? 'any' : [...a, ...b];
}

function overlaps(a: FirstSet, b: FirstSet): boolean {
  if (a === 'any') return b === 'any' || b.length > 0;
  if (b === 'any') return a.length > 0;
  return a.some(([lo, hi]) => b.some(([l, h]) => lo <= h && l <= hi));
}

function children(node: AstNode): AstNode[] {
  switch (node.type) {
    case 'alternative':
    case 'disjunction':
    case 'group':
    case 'quantifier':
      return node.body as AstNode[];
    default:
      return [];
  }
}

function canBeEmpty(node: AstNode): boolean {
  switch (node.type) {
    case 'anchor':
      return true;
    case 'quantifier':
      return node.min === 0 || canBeEmpty(node.body[0]);
    case 'group':
      return node.behavior !== 'normal' && node.behavior !== 'ignore' ? true : node.body.every(canBeEmpty);
    case 'alternative':
      return node.body.every(canBeEmpty);
    case 'disjunction':
      return node.body.some(canBeEmpty);
    default:
      return false;
  }
}

function firstSet(node: AstNode): FirstSet {
  switch (node.type) {
    case 'value':
      return [[node.codePoint, node.codePoint]];
    case 'characterClassEscape':
      return node.value === 'd' ? DIGIT : node.value === 'w' ? WORD : node.value === 's' ? SPACE : 'any';
    case 'characterClass': {
      if (node.negative) return 'any';
      let set: FirstSet = [];
      for (const part of node.body) {
        if (part.type === 'value') set = union(set, [[part.codePoint, part.codePoint]]);
        else if (part.type === 'characterClassRange')
          set = union(set, [[part.min.codePoint, part.max.codePoint]]);
        else set = union(set, firstSet(part as AstNode));
      }
      return set;
    }
    case 'anchor':
      return [];
    case 'quantifier':
      return firstSet(node.body[0]);
    case 'group':
      if (node.behavior !== 'normal' && node.behavior !== 'ignore') return [];
      return firstSetOfSequence(node.body);
    case 'alternative':
      return firstSetOfSequence(node.body);
    case 'disjunction':
      return node.body.reduce<FirstSet>((set, branch) => union(set, firstSet(branch)), []);
    default:
      // dot, back-references, \p{…}: anything
      return 'any';
  }
}

function firstSetOfSequence(nodes: readonly RootNode[]): FirstSet {
  let set: FirstSet = [];
  for (const node of nodes) {
    set = union(set, firstSet(node));
    if (!canBeEmpty(node)) break;
  }
  return set;
}

const repeatsMany = (q: { max?: number }) => q.max === undefined || q.max >= MANY;
const isVariable = (q: { min: number; max?: number }) => q.max === undefined || q.max !== q.min;

/** The alternatives of a repeated body, looking through groups: (a|aa) → [a, aa]. */
function branchesOf(node: AstNode): AstNode[] | null {
  if (node.type === 'disjunction') return node.body;
  if (
    node.type === 'group' &&
    (node.behavior === 'normal' || node.behavior === 'ignore') &&
    node.body.length === 1
  )
    return branchesOf(node.body[0] as AstNode);
  return null;
}

function containsVariableRepeat(node: AstNode): boolean {
  return children(node).some(
    (child) => (child.type === 'quantifier' && isVariable(child)) || containsVariableRepeat(child),
  );
}

/** Why `node` may take exponential time, or null. */
function riskIn(node: AstNode): string | null {
  if (node.type === 'reference') return 'it uses a back-reference';
  if (node.type === 'quantifier' && repeatsMany(node)) {
    const body = node.body[0];
    if (containsVariableRepeat(body) || (body.type === 'quantifier' && isVariable(body)))
      return `"${node.raw}" repeats something that itself repeats`;
    const branches = branchesOf(body);
    if (branches) {
      if (branches.some(canBeEmpty)) return `"${node.raw}" repeats a choice that can match nothing`;
      const sets = branches.map(firstSet);
      for (let i = 0; i < sets.length; i++)
        for (let j = i + 1; j < sets.length; j++)
          if (overlaps(sets[i] as FirstSet, sets[j] as FirstSet))
            return `"${node.raw}" repeats a choice whose branches can start alike`;
    }
  }
  for (const child of children(node)) {
    const risk = riskIn(child);
    if (risk) return risk;
  }
  return null;
}

/** Why a JSON Schema `pattern` is not safe to run on every keystroke, or null when it is. `flags` are the
 * regular expression's (an evaluation's regex check passes its own; without "u" the parser reads the looser
 * Annex B syntax). */
export function patternRisk(pattern: string, flags = 'u'): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return `it is longer than ${MAX_PATTERN_LENGTH} characters`;
  let ast: RootNode;
  try {
    // JSON Schema patterns are ECMA-262 regular expressions; ajv compiles them with the "u" flag.
    ast = schemaEngine().parseRegExp(pattern, flags, FEATURES);
  } catch {
    return 'it is not a regular expression the form can read';
  }
  return riskIn(ast);
}

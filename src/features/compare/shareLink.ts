// A comparison's configuration in a link: #compare=<base64url JSON>. The hash never reaches a server, and the
// link carries no key. An OpenAI-compatible base URL travels only when a pane uses that provider, and the
// receiving page asks before using it (a link must not silently point the user's key at another host).

import { type Conversation, readPromptParts, readTurn, type Turn } from '@/domain/conversation';
import { MAX_PANES } from '@/domain/pane';
import { isProviderKind, type ProviderKind } from '@/domain/provider';
import { readStreamChoice, type StreamChoice } from '@/domain/request';
import type { ParamState } from '@/domain/schema';
import { isRecord, isStringList, jsonExceeds, setOwn } from '@/lib/json';
import { isHttpUrl } from '@/lib/url';
import type { Parsed } from './sweep';

export interface SharedPane {
  model: string;
  /** The form state for `model` (other models' remembered parameters stay home). */
  params?: ParamState;
  /** Present only when the pane has its own system prompt. */
  system?: string;
  /** Present only when the pane overrides the global provider. */
  provider?: ProviderKind;
}

export interface SharedComparison {
  v: 1;
  conversation: Conversation;
  stream: StreamChoice;
  panes: SharedPane[];
  /** The OpenAI-compatible base URL, only when some pane uses that provider. */
  baseUrl?: string;
  /** The values of the prompt's `{{variables}}`, when any is set (older links have none). */
  variables?: Record<string, string>;
}

const HASH_KEY = 'compare';
/** Beyond this many characters some chat apps and mail clients cut links; images make links long. */
export const LONG_LINK = 8000;
/** The longest link payload read at all (Chrome keeps URLs up to 2 MB). */
export const MAX_LINK_CHARS = 2 * 1024 * 1024;
/** A comparison's configuration is shallow; parameter values nest a few levels at most. */
export const LINK_LIMITS = { depth: 32, nodes: 100_000 };

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const padded = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  try {
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function encodeComparison(comparison: SharedComparison): string {
  return toBase64Url(JSON.stringify(comparison));
}

export function shareUrl(base: string, comparison: SharedComparison): string {
  return `${base}#${HASH_KEY}=${encodeComparison(comparison)}`;
}

/** The encoded part of a #compare=… hash, or null when the hash is something else. */
export function encodedFromHash(hash: string): string | null {
  const prefix = `#${HASH_KEY}=`;
  return hash.startsWith(prefix) ? hash.slice(prefix.length) : null;
}

/** A note to show beside a long link, or null when it is short enough to paste anywhere. */
export function linkSizeNote(url: string): string | null {
  if (url.length <= LONG_LINK) return null;
  const kb = Math.round(url.length / 1024);
  return `This link is about ${kb} KB long. Some apps cut links this long; images in the conversation make it big. Export comparison gives a file instead.`;
}

function readConversation(value: unknown): Conversation | string {
  if (!isRecord(value) || typeof value.system !== 'string' || !Array.isArray(value.turns))
    return 'the conversation is missing or malformed';
  const turns: Turn[] = [];
  for (const [i, raw] of value.turns.entries()) {
    const turn = readTurn(raw);
    if (!turn) return `message ${i + 1} of the conversation is malformed`;
    turns.push(turn);
  }
  // Tools and the response format are read piece by piece: a malformed one is left out, the rest opens.
  return { system: value.system, turns, ...readPromptParts(value, []) };
}

function readPane(value: unknown, n: number): SharedPane | string {
  // An empty model is a pane the sender had not set up yet; it is kept as such.
  if (!isRecord(value) || typeof value.model !== 'string') return `pane ${n} is malformed`;
  const pane: SharedPane = { model: value.model };
  if (value.params !== undefined) {
    const p = value.params;
    if (!isRecord(p) || !isRecord(p.values) || !isStringList(p.explicit))
      return `pane ${n} has malformed parameters`;
    pane.params = {
      values: p.values,
      explicit: p.explicit,
      ...(isStringList(p.verbatim) ? { verbatim: p.verbatim } : {}),
    };
  }
  if (value.system !== undefined) {
    if (typeof value.system !== 'string') return `pane ${n} has a malformed system prompt`;
    pane.system = value.system;
  }
  if (value.provider !== undefined) {
    if (!isProviderKind(value.provider)) return `pane ${n} names an unknown provider`;
    pane.provider = value.provider;
  }
  return pane;
}

/** Variable values: text by name. A name is the sender's text, kept as an own entry (`__proto__` included). */
function readVariables(value: unknown): Record<string, string> | string {
  if (!isRecord(value)) return 'its variable values are malformed';
  const variables: Record<string, string> = {};
  for (const [name, raw] of Object.entries(value)) {
    if (typeof raw !== 'string') return `the value of variable ${name.slice(0, 60)} is not text`;
    setOwn(variables, name, raw);
  }
  return variables;
}

/** Reads and checks a link's payload. Anything unexpected is refused whole, with the reason. */
export function decodeComparison(encoded: string): Parsed<SharedComparison> {
  const fail = (why: string): Parsed<SharedComparison> => ({
    ok: false,
    error: `This share link cannot be opened: ${why}. It may have been cut short when it was copied.`,
  });
  if (encoded.length > MAX_LINK_CHARS)
    return fail(
      `it is ${Math.round(encoded.length / 1024)} KB long, more than the ${MAX_LINK_CHARS / 1024} KB a link may carry`,
    );
  const text = fromBase64Url(encoded);
  if (text === null || encoded === '') return fail('its data is not valid base64url text');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('its data is not valid JSON');
  }
  // Measured before anything recurses over it: a parameter nested 10,000 levels deep overflows the stack of
  // every later step (and would be saved, breaking every reload).
  const tooBig = jsonExceeds(data, LINK_LIMITS);
  if (tooBig) return fail(tooBig);
  if (!isRecord(data)) return fail('its data is not a comparison');
  if (data.v !== 1)
    return fail(`it was made by a different version of Yoke (format ${JSON.stringify(data.v)})`);
  const conversation = readConversation(data.conversation);
  if (typeof conversation === 'string') return fail(conversation);
  if (!Array.isArray(data.panes) || data.panes.length === 0) return fail('it has no panes');
  if (data.panes.length > MAX_PANES) return fail(`it has more than ${MAX_PANES} panes`);
  const panes: SharedPane[] = [];
  for (const [i, raw] of data.panes.entries()) {
    const pane = readPane(raw, i + 1);
    if (typeof pane === 'string') return fail(pane);
    panes.push(pane);
  }
  const comparison: SharedComparison = { v: 1, conversation, stream: readStreamChoice(data.stream), panes };
  if (data.baseUrl !== undefined) {
    if (typeof data.baseUrl !== 'string' || !isHttpUrl(data.baseUrl))
      return fail('its base URL is not an http(s) URL');
    comparison.baseUrl = data.baseUrl;
  }
  if (data.variables !== undefined) {
    const variables = readVariables(data.variables);
    if (typeof variables === 'string') return fail(variables);
    comparison.variables = variables;
  }
  return { ok: true, value: comparison };
}

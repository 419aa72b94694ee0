// A bench-only SSE source for long answers: exactly N tokens per pane, each headed with its pane's label so
// the probe can tell panes apart. (The demo itself also writes long answers when a prompt asks for
// "at least 4000 words", but its length then depends on the prompt and seed.) It strings demo replies
// together and sends them with the demo's own event builder and pacer (server/demo/completion.ts,
// pacedStream.ts), so the wire format and the timing are the demo's.
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { newMeta, streamEvents, usageOf } from '../server/demo/completion';
import type { GeneratedChoice } from '../server/demo/generator';
import { pacedSse, resolvePace } from '../server/demo/pacedStream';
import { createPicker } from '../server/demo/prng';
import { composeProse } from '../server/demo/prose';
import { tokenize } from '../server/demo/tokens';
import { HOST } from './server';

const PROMPTS = [
  'Explain sampling and show a code example',
  'How does temperature change streaming output?',
  'Describe a schema for request parameters with a python snippet',
  'What limits the length of an answer?',
];

const SETTINGS = ['temperature', 'top_p', 'max_tokens', 'presence_penalty', 'frequency_penalty', 'seed'];

/** A GFM table (issue 14 asks for tables in the streamed markdown): a header, an alignment row, five rows. */
export function benchTable(i: number): string {
  const rows = ['| Setting | Default | Range | Effect on the stream |', '| :--- | ---: | :---: | --- |'];
  for (let r = 0; r < 5; r++) {
    const name = SETTINGS[(i + r) % SETTINGS.length] as string;
    rows.push(
      `| ${name} | ${(i * 7 + r * 3) % 10}.${r} | 0 to ${r + 1} | shapes token ${i * 5 + r} of the reply |`,
    );
  }
  return rows.join('\n');
}

/** A code block of some length (the demo's own are three lines), so a fence grows over many frames. */
export function benchCode(i: number): string {
  const lines = ['```python', `def stream_${i}(tokens):`, '    total = 0'];
  for (let l = 0; l < 16; l++) lines.push(`    total += len(tokens[${l}]) * ${i + l}  # step ${l}`);
  lines.push('    return total', '```');
  return lines.join('\n');
}

/** Deterministic markdown of exactly `tokens` demo tokens, headed "Bench stream <label>" so panes can be told
 * apart: demo prose (headings, lists, short code blocks), each section followed by a table and every other one
 * by a longer code block. */
export function longAnswer(tokens: number, label: string): GeneratedChoice {
  const parts = [`# Bench stream ${label}`];
  let count = tokenize(parts[0] as string).length;
  for (let i = 0; count < tokens; i++) {
    const prompt = PROMPTS[i % PROMPTS.length] as string;
    const prose = composeProse(createPicker(1000 + i, i, { temperature: 1 }), prompt, { effort: 'high' });
    const section = [prose, benchTable(i), ...(i % 2 === 1 ? [benchCode(i)] : [])].join('\n\n');
    parts.push(section);
    count += tokenize(`\n\n${section}`).length;
  }
  const all = tokenize(parts.join('\n\n')).slice(0, tokens);
  return { tokens: all, text: all.join(''), finishReason: 'length' };
}

/** Words only (letters, digits, spaces): what the probe counts is then the same in the raw arguments, the
 * pretty-printed card and the reasoning text, whatever escaping the view does. */
function plainWords(tokens: number, label: string, seed: number): string[] {
  const words: string[] = [];
  for (let i = 0; words.length < tokens; i++) {
    const prompt = PROMPTS[(seed + i) % PROMPTS.length] as string;
    const section = composeProse(createPicker(seed + i, i, { temperature: 1 }), prompt, { effort: 'high' });
    for (const word of section.match(/[A-Za-z0-9]+/g) ?? []) words.push(` ${word}`);
  }
  return [`Bench stream ${label}`, ...words.slice(0, tokens - 1)];
}

/**
 * The same number of tokens as reasoning and tool-call arguments instead of text: a quarter streamed as
 * `delta.reasoning_content`, then one call of `record_notes` whose arguments (`{"notes": "…"}`) come one
 * token per event, as a fast server sends them. The answer has no text, like a real tool-calling turn.
 */
export function reasoningToolsAnswer(tokens: number, label: string): GeneratedChoice {
  const reasoning = plainWords(Math.round(tokens / 4), label, 2000);
  const words = plainWords(tokens - reasoning.length - 2, `args ${label}`, 3000);
  const pieces = ['{"notes": "', ...words, '"}'];
  return {
    tokens: [],
    text: '',
    finishReason: 'tool_calls',
    reasoning,
    toolCalls: [{ id: `call_bench_${label}`, name: 'record_notes', arguments: pieces.join(''), pieces }],
  };
}

export interface LongSource {
  url: string;
  /** The common-approach page, when the source was started with its build. */
  commonUrl: string;
  stop: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A file of the built common-approach page (bench/common/), or 404: served here so its streams are same-origin. */
function staticFile(dir: string, pathname: string): Response {
  const rel = normalize(pathname.replace(/^\/common\/?/, '') || 'index.html');
  if (rel.startsWith('..')) return new Response('not found', { status: 404 });
  try {
    const body = readFileSync(join(dir, rel));
    return new Response(body, {
      headers: { 'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream' },
    });
  } catch {
    return new Response('not found', { status: 404 });
  }
}

/** Serves POST /chat/completions: `tokens` tokens at the pace in X-Demo-Pace, labelled by X-Bench-Stream; text,
 * or reasoning and tool-call arguments with `X-Bench-Kind: reasoning-tools`. With `commonDir`, GET /common/…
 * serves the built common-approach page from it. */
export async function startLongSource(tokens: number, commonDir?: string): Promise<LongSource> {
  const server: ServerType = await new Promise((resolve) => {
    const s = serve(
      {
        hostname: HOST,
        port: 0,
        fetch: (req) => {
          const { pathname } = new URL(req.url);
          if (req.method === 'GET' && commonDir && pathname.startsWith('/common')) {
            return staticFile(commonDir, pathname);
          }
          const label = req.headers.get('x-bench-stream') ?? '1';
          const choice =
            req.headers.get('x-bench-kind') === 'reasoning-tools'
              ? reasoningToolsAnswer(tokens, label)
              : longAnswer(tokens, label);
          const events = streamEvents(newMeta('bench-long'), [choice], usageOf(20, [choice]));
          const pace = resolvePace(req.headers.get('x-demo-pace') ?? undefined, 300);
          const body = pacedSse(events, { pace, signal: req.signal });
          return new Response(body, {
            headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache' },
          });
        },
      },
      () => resolve(s),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${HOST}:${port}/chat/completions`,
    commonUrl: `http://${HOST}:${port}/common/`,
    stop: () =>
      new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// Issue 14's "common approach", bench only (never in the app's dist): six panes receiving the same SSE streams
// as Yoke's Compare view, each rendered the way most chat UIs do it — every token appended to React state and
// the whole answer handed to react-markdown + remark-gfm again. Plain createElement, so the bench's tsconfig
// needs no JSX setting. The long source serves this page and its streams from one origin.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

const params = new URLSearchParams(location.search);
const PANES = Number(params.get('panes') ?? 6);
let runNo = 0;

interface Delta {
  content?: string | null;
  reasoning_content?: string;
  tool_calls?: { function?: { arguments?: string } }[];
}

/** Streams one answer from the long source, calling `onDelta` per SSE event (one token each). */
async function stream(label: string, pace: string, kind: string, onDelta: (text: string) => void) {
  const response = await fetch('/chat/completions', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-bench-stream': label,
      'x-demo-pace': pace,
      'x-bench-kind': kind,
    },
    body: JSON.stringify({ stream: true, messages: [{ role: 'user', content: 'bench' }] }),
  });
  if (!response.body) return;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    const events = buffer.split('\n\n');
    buffer = events.pop() ?? '';
    for (const event of events) {
      const data = event.replace(/^data: ?/, '').trim();
      if (data === '[DONE]') return;
      try {
        const delta = (JSON.parse(data) as { choices?: { delta?: Delta }[] }).choices?.[0]?.delta;
        const text =
          (delta?.content ?? '') +
          (delta?.reasoning_content ?? '') +
          (delta?.tool_calls ?? []).map((c) => c.function?.arguments ?? '').join('');
        if (text !== '') onDelta(text);
      } catch {
        // not a completion chunk
      }
    }
  }
}

function Pane({ index, text }: { index: number; text: string }) {
  return h(
    'section',
    { 'aria-label': `Pane ${index + 1} response` },
    h(Markdown, { remarkPlugins: [remarkGfm] }, text),
  );
}

function App() {
  const [texts, setTexts] = useState<string[]>(() => Array.from({ length: PANES }, () => ''));
  const runAll = () => {
    // The bench sets the pace and kind of answer on <body> before each run.
    const pace = document.body.dataset.pace ?? params.get('pace') ?? '2000';
    const kind = document.body.dataset.kind ?? 'text';
    setTexts(Array.from({ length: PANES }, () => ''));
    for (let i = 0; i < PANES; i++) {
      runNo += 1;
      const label = String(runNo);
      // The usual pattern: one state update per token, the whole text re-rendered as markdown each time.
      void stream(label, pace, kind, (t) =>
        setTexts((prev) => prev.map((old, j) => (j === i ? old + t : old))),
      );
    }
  };
  return h(
    'div',
    null,
    h('button', { type: 'button', onClick: runAll }, 'Run all'),
    h(
      'main',
      null,
      // biome-ignore lint/correctness/useJsxKeyInIterable: spread as fixed children (not an array), the panes never move.
      ...texts.map((text, i) => h(Pane, { index: i, text })),
    ),
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(h(App));

// The stack floor (issue 14): the smallest one-screen app on Yoke's stack — react-dom, an @rjsf/core form
// validated by @rjsf/validator-ajv8, a react-query query, a zustand store and tailwind — built by the bench so
// Yoke's initial JavaScript can be compared with what the stack alone costs. Not part of the app. Plain
// createElement, so the bench's tsconfig needs no JSX setting.
import Form from '@rjsf/core';
import type { RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createElement as h, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { create } from 'zustand';
import './floor.css';

const schema: RJSFSchema = {
  type: 'object',
  properties: { temperature: { type: 'number', minimum: 0, maximum: 2 }, prompt: { type: 'string' } },
};

const useRuns = create<{ runs: number; run: () => void }>((set) => ({
  runs: 0,
  run: () => set((s) => ({ runs: s.runs + 1 })),
}));

function Screen() {
  const models = useQuery({ queryKey: ['models'], queryFn: async () => ['demo'] });
  const { runs, run } = useRuns();
  return h(
    'main',
    { className: 'mx-auto max-w-xl p-4 text-sm' },
    h('h1', { className: 'text-lg font-bold' }, models.data?.[0] ?? 'loading'),
    h(Form, { schema, validator, onSubmit: run }),
    h('p', { className: 'text-slate-500' }, `${runs} runs`),
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    h(StrictMode, null, h(QueryClientProvider, { client: new QueryClient() }, h(Screen))),
  );

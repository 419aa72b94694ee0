import { useId, useMemo, useState } from 'react';
import type { ChatCompletionRequest } from '@/lib/api';
import { CodeBlock } from './CodeBlock';
import { ImportRequestPanel } from './ImportRequestPanel';
import { LanguageSelect } from './LanguageSelect';
import { SNIPPET_LANGUAGES, type SnippetLanguage } from './languages';
import type { SnippetTarget, SuccessfulImport } from './types';
import { minimalRequest } from './wireBody';

export interface ApiTabProps {
  /** The request exactly as the workbench would send it now (buildChatRequest). */
  request: ChatCompletionRequest;
  /** Where the code sends the request and which environment variable holds the key (resolveProvider). */
  target: SnippetTarget;
  /** Called only for an import that produced a request; errors stay in the import panel. */
  onImport(result: SuccessfulImport): void;
}

type Mode = 'configured' | 'minimal';

/**
 * The API tab: the current request as code in five languages, updated live, with "Minimal" (model +
 * messages) and "As configured" (the exact body, params and stream included) modes, a compact-body
 * option, copy, and import of a pasted request.
 */
export function ApiTab({ request, target, onImport }: ApiTabProps) {
  const [languageId, setLanguageId] = useState<SnippetLanguage['id']>('curl');
  const [mode, setMode] = useState<Mode>('configured');
  const [compact, setCompact] = useState(false);
  const ids = { language: useId(), mode: useId(), compact: useId() };
  const language =
    SNIPPET_LANGUAGES.find((l) => l.id === languageId) ?? (SNIPPET_LANGUAGES[0] as SnippetLanguage);

  const code = useMemo(() => {
    const body = mode === 'minimal' ? minimalRequest(request) : request;
    return language.generate(body, target, { compact });
  }, [language, mode, compact, request, target]);

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <LanguageSelect
          id={ids.language}
          value={languageId}
          languages={SNIPPET_LANGUAGES}
          onChange={setLanguageId}
        />
        <fieldset className="flex items-center gap-3">
          <legend className="sr-only">Body</legend>
          {(
            [
              ['minimal', 'Minimal'],
              ['configured', 'As configured'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-1">
              <input
                type="radio"
                name={ids.mode}
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <label htmlFor={ids.compact} className="flex items-center gap-1">
          <input
            id={ids.compact}
            type="checkbox"
            checked={compact}
            onChange={(e) => setCompact(e.target.checked)}
          />
          Compact body
        </label>
      </div>
      {mode === 'minimal' && request.stream === true && (
        <p className="text-xs text-slate-500">
          Minimal shows the plain, non-streaming call: only model and messages.
        </p>
      )}
      <CodeBlock code={code} language={language.highlight} />
      <ImportRequestPanel onImport={onImport} />
    </div>
  );
}

import { useId, useMemo, useState } from 'react';
import type { MediaRequest } from '@/lib/api';
import { CodeBlock } from './CodeBlock';
import { ImportRequestPanel } from './ImportRequestPanel';
import { LanguageSelect } from './LanguageSelect';
import { MEDIA_SNIPPET_LANGUAGES, type MediaSnippetLanguage } from './mediaLanguages';
import type { MediaKind } from './mediaTarget';
import type { SnippetTarget, SuccessfulImport } from './types';

export interface MediaApiTabProps {
  /** The submission exactly as Generate would send it now (mediaRequest). */
  request: MediaRequest;
  kind: MediaKind;
  /** Where the code submits and which environment variable holds the key (resolveProvider). */
  target: SnippetTarget;
  /** Called only for an import that produced a request; errors stay in the import panel. */
  onImport(result: SuccessfulImport): void;
}

/**
 * The API tab of an image or video model: the queue submission and a polling loop that prints the result
 * URLs, in three languages, updated live, with a compact-body option, copy, and import of a pasted request.
 */
export function MediaApiTab({ request, kind, target, onImport }: MediaApiTabProps) {
  const [languageId, setLanguageId] = useState<MediaSnippetLanguage['id']>('curl');
  const [compact, setCompact] = useState(false);
  const ids = { language: useId(), compact: useId() };
  const language =
    MEDIA_SNIPPET_LANGUAGES.find((l) => l.id === languageId) ??
    (MEDIA_SNIPPET_LANGUAGES[0] as MediaSnippetLanguage);

  const code = useMemo(
    () => language.generate(request, target, { compact }, kind),
    [language, compact, request, target, kind],
  );

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <LanguageSelect
          id={ids.language}
          value={languageId}
          languages={MEDIA_SNIPPET_LANGUAGES}
          onChange={setLanguageId}
        />
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
      <p className="text-xs text-slate-500">
        Submits to the queue, then polls until the job is done and prints the result URLs. No OpenAI SDK
        version: the queue is not an OpenAI API.
      </p>
      <CodeBlock code={code} language={language.highlight} />
      <ImportRequestPanel onImport={onImport} />
    </div>
  );
}

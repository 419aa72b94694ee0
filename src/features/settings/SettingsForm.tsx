// The Settings form: provider, base URL and key, with a connection test. Loaded on its own (see SettingsDialog).
import { useEffect, useId, useRef } from 'react';
import { useForm } from 'react-hook-form';
import {
  baseUrlProblem,
  keyFor,
  PROVIDER_KINDS,
  PROVIDER_LABELS,
  type ProviderKeys,
  type ProviderKind,
  type ProviderSettings,
  resolveProvider,
  withKey,
} from '@/domain/provider';
import { hostOf, originOf } from '@/lib/url';
import { switchProvider } from '@/state/panes';
import { selectProvider, useSettingsStore } from '@/state/settings';
import { Button } from '@/ui';
import { ConnectionStatus } from './ConnectionStatus';
import { useConnectionTest } from './useConnectionTest';

const FIELD = 'mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm disabled:bg-slate-100';

/** What the form edits: the key field shows the key of the provider (and base URL) selected. */
interface SettingsFields {
  kind: ProviderKind;
  baseUrl: string;
  apiKey: string;
  rememberKey: boolean;
}

function whereKeyGoes(kind: ProviderKind, baseUrl: string): string {
  if (kind === 'demo') return 'Sent only to this Yoke server’s demo provider.';
  if (kind === 'oxen') return 'Sent only to Oxen.ai (through this Yoke server, which never stores it).';
  return `Sent only to ${hostOf(baseUrl)}. Each OpenAI-compatible base URL keeps its own key.`;
}

export function SettingsForm({ onDone }: { onDone: () => void }) {
  const provider = useSettingsStore(selectProvider);
  const { register, handleSubmit, watch, setError, setValue, getValues, formState } = useForm<SettingsFields>(
    {
      defaultValues: {
        kind: provider.kind,
        baseUrl: provider.baseUrl,
        apiKey: keyFor(provider.keys, provider.kind, provider.baseUrl),
        rememberKey: provider.rememberKey,
      },
    },
  );
  // Keys typed for other providers while the dialog is open, so switching back and forth loses none of them.
  const drafts = useRef<ProviderKeys>(provider.keys);
  const kind = watch('kind');
  const baseUrl = watch('baseUrl');
  const typedKey = watch('apiKey');
  const connection = useConnectionTest();
  const shown = useRef({ kind: provider.kind, baseUrl: provider.baseUrl });
  useEffect(() => {
    if (shown.current.kind === kind && shown.current.baseUrl === baseUrl) return;
    // File the key typed so far under the provider it was typed for, then show the new provider's key.
    drafts.current = withKey(drafts.current, shown.current.kind, shown.current.baseUrl, getValues('apiKey'));
    shown.current = { kind, baseUrl };
    setValue('apiKey', keyFor(drafts.current, kind, baseUrl));
  }, [kind, baseUrl, getValues, setValue]);
  // Demo and Oxen have fixed endpoints: shown as the URL a program would call (resolveProvider's snippet base).
  const fixedUrl =
    kind === 'openai'
      ? null
      : resolveProvider({ ...provider, kind }, undefined, location.origin).snippet.baseUrl;
  const keyHelpId = useId();

  // The settings as typed, not yet saved: what Test connection calls and what Save would store. The key is
  // only the one typed for this provider (and base URL): resolveProvider never sends it anywhere else.
  const typed = (values: SettingsFields): ProviderSettings => ({
    kind: values.kind,
    baseUrl: values.baseUrl,
    keys: withKey(drafts.current, values.kind, values.baseUrl, values.apiKey),
    rememberKey: values.rememberKey,
  });
  const typedApi = resolveProvider(
    typed({ ...getValues(), kind, baseUrl, apiKey: typedKey }),
    undefined,
    location.origin,
  ).api;
  const test = connection.of(typedApi);

  const checkBaseUrl = (values: SettingsFields): boolean => {
    const problem = values.kind === 'openai' ? baseUrlProblem(values.baseUrl) : null;
    if (problem) setError('baseUrl', { message: problem });
    return problem === null;
  };
  const onTest = () => {
    if (checkBaseUrl(getValues())) connection.run(typedApi);
  };
  const onSubmit = handleSubmit((values) => {
    if (!checkBaseUrl(values)) return;
    const next = typed(values);
    const api = resolveProvider(next, undefined, location.origin).api;
    // A list the test just got for exactly these settings is used at once: the picker moves without waiting.
    const models = connection.of(api)?.models;
    switchProvider(next, models ? { api, models } : undefined);
    onDone();
  });

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <label className="block text-sm font-medium">
        Provider
        <select {...register('kind')} className={FIELD}>
          {PROVIDER_KINDS.map((k) => (
            <option key={k} value={k}>
              {PROVIDER_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor="settings-base-url" className="block text-sm font-medium">
        Base URL
        {fixedUrl !== null ? (
          <input
            id="settings-base-url"
            className={FIELD}
            value={fixedUrl}
            readOnly
            aria-describedby="base-url-help"
          />
        ) : (
          <input
            {...register('baseUrl')}
            id="settings-base-url"
            className={FIELD}
            placeholder="http://localhost:11434/v1"
            aria-invalid={formState.errors.baseUrl ? true : undefined}
            aria-describedby="base-url-help"
          />
        )}
      </label>
      <p id="base-url-help" className="-mt-2 text-xs text-slate-500">
        {kind === 'demo' && 'The offline demo provider served by this Yoke server. No key needed.'}
        {kind === 'oxen' &&
          'Requests go through this Yoke server (browsers cannot call Oxen directly); the key is passed on, never stored by the server.'}
        {kind === 'openai' &&
          'OpenAI, OpenRouter, vLLM, Ollama, LM Studio or llama.cpp — called directly from your browser.'}
      </p>
      {formState.errors.baseUrl && (
        <p role="alert" className="text-sm text-rose-700">
          {formState.errors.baseUrl.message}
        </p>
      )}
      <label className="block text-sm font-medium">
        API key
        <input
          {...register('apiKey')}
          type="password"
          autoComplete="off"
          spellCheck={false}
          className={FIELD}
          placeholder={kind === 'demo' ? 'Not needed for the demo' : 'sk-…'}
          aria-describedby={keyHelpId}
        />
      </label>
      <p id={keyHelpId} className="-mt-2 text-xs text-slate-500">
        {whereKeyGoes(kind, baseUrl)}
      </p>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register('rememberKey')} />
        Remember API key
        <span className="text-xs text-slate-500">(stored in this browser's localStorage)</span>
      </label>
      <ConnectionStatus
        onTest={onTest}
        pending={test?.pending ?? false}
        report={test?.report}
        target={originOf(typedApi.baseUrl, location.href)}
      />
      <div className="flex justify-end gap-2">
        <Button onClick={onDone}>Cancel</Button>
        <Button type="submit" variant="primary">
          Save
        </Button>
      </div>
    </form>
  );
}

import { checkSchemaText, type JsonProblem } from '@/domain/jsonCheck';
import { OUTPUT_FORMATS, type OutputFormat, type PromptSupport } from '@/domain/schema';
import { useSchemaEngine } from '@/state/models';
import { useWorkbenchStore } from '@/state/workbench';
import { Switch } from '@/ui';
import { SchemaEditor } from './SchemaEditor';
import { STARTER_RESPONSE_FORMAT } from './templates';

const LABEL: Record<OutputFormat, string> = {
  text: 'Text',
  json_object: 'JSON object',
  json_schema: 'JSON schema',
};

const NO_PROBLEMS: readonly JsonProblem[] = [];

/** "Response format": Text (nothing sent, unless an imported request said `{"type": "text"}`), JSON object, or
 * JSON schema with its name, strict switch and schema editor. Offers what the model's schema allows. */
export function ResponseFormatControl({ support }: { support: PromptSupport }) {
  const format = useWorkbenchStore((s) => s.conversation.responseFormat);
  const set = useWorkbenchStore((s) => s.setResponseFormat);
  const current: OutputFormat = format?.type ?? 'text';
  const offered = OUTPUT_FORMATS.filter((f) => support.formats.includes(f) || f === current);
  const choose = (next: OutputFormat) =>
    set(
      next === 'text'
        ? undefined
        : next === 'json_object'
          ? { type: 'json_object' }
          : format?.type === 'json_schema'
            ? format
            : STARTER_RESPONSE_FORMAT,
    );
  const engine = useSchemaEngine();
  const check = format?.type === 'json_schema' && engine ? checkSchemaText(format.schema) : null;
  const field = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-2">
      <label className="block text-xs font-medium text-slate-600">
        Response format
        <select value={current} onChange={(e) => choose(e.target.value as OutputFormat)} className={field}>
          {offered.map((f) => (
            <option key={f} value={f}>
              {LABEL[f]}
              {support.formats.includes(f) ? '' : ' (not in the model’s schema)'}
            </option>
          ))}
        </select>
      </label>
      <p className="text-xs text-slate-500">
        {format === undefined
          ? 'Plain text: response_format is not sent.'
          : format.type === 'text'
            ? 'Sent as {"type": "text"}, as the imported request said.'
            : format.type === 'json_object'
              ? 'The answer must be a JSON object; it is checked when it ends. Most servers also want the word “JSON” in the prompt.'
              : 'The answer must match this schema; it is checked when it ends.'}
        {support.source === 'own' &&
          support.formats.length < OUTPUT_FORMATS.length &&
          ' The model’s schema offers only these.'}
      </p>
      {format?.type === 'json_schema' && (
        <>
          <label className="block text-xs font-medium text-slate-600">
            Response schema name
            <input
              value={format.name}
              onChange={(e) => set({ ...format, name: e.target.value })}
              spellCheck={false}
              className={`${field} font-mono`}
            />
          </label>
          <Switch
            checked={format.strict === true}
            onChange={(on) => set({ ...format, strict: on ? true : undefined })}
            className="text-xs text-slate-700"
          >
            Strict output <span className="text-slate-500">(json_schema.strict)</span>
          </Switch>
          <SchemaEditor
            label="Response schema"
            value={format.schema}
            onChange={(schema) => set({ ...format, schema })}
            problems={check && !check.ok ? check.problems : NO_PROBLEMS}
            notes={check?.ok ? check.notes : undefined}
          />
        </>
      )}
    </div>
  );
}

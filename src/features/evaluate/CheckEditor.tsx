import { CHECK_TYPES, type Check, type CheckType, type JudgeSettings } from '@/domain/evaluation';
import { PROVIDER_KINDS, PROVIDER_LABELS, type ProviderKind } from '@/domain/provider';
import { updateCheck } from '@/state/evaluation';
import { selectProvider, useSettingsStore } from '@/state/settings';
import { useWorkbenchStore } from '@/state/workbench';
import { CHECK_TYPE_LABELS, CHECK_VALUE_LABELS } from './checkLabels';

const FIELD = 'rounded border border-slate-300 bg-white px-1.5 py-1 text-sm';

const PLACEHOLDERS: Partial<Record<CheckType, string>> = {
  contains: 'Paris or {{city}}',
  'not-contains': 'As an AI',
  regex: '/^\\d+$/i',
  'json-schema': '{"type": "object", "required": ["answer"]}',
  'latency-under': '2000',
  'cost-under': '0.001',
};

/** One check's type and the fields that type needs, each labelled. */
export function CheckEditor({ check }: { check: Check }) {
  const provider = useSettingsStore(selectProvider).kind;
  const valueLabel = CHECK_VALUE_LABELS[check.type];
  const changeType = (type: CheckType) => {
    // A new judge starts on the first pane's provider and model (as a judge check added directly does).
    const first = useWorkbenchStore.getState().panes[0];
    const fresh: JudgeSettings = {
      provider: first?.provider ?? provider,
      modelId: first?.modelId ?? '',
      rubric: '',
      passScore: 7,
    };
    const judge = type === 'judge' ? (check.judge ?? fresh) : check.judge;
    updateCheck(check.id, { type, judge });
  };
  return (
    <>
      <label className="flex flex-col gap-0.5 text-xs">
        <span>Check type</span>
        <select
          value={check.type}
          onChange={(e) => changeType(e.target.value as CheckType)}
          className={FIELD}
        >
          {CHECK_TYPES.map((type) => (
            <option key={type} value={type}>
              {CHECK_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </label>
      {valueLabel && check.type === 'json-schema' && (
        <label className="flex min-w-40 flex-1 flex-col gap-0.5 text-xs">
          <span>{valueLabel}</span>
          <textarea
            value={check.value}
            rows={3}
            placeholder={PLACEHOLDERS[check.type]}
            onChange={(e) => updateCheck(check.id, { value: e.target.value })}
            className={`${FIELD} font-mono`}
          />
        </label>
      )}
      {valueLabel && check.type !== 'json-schema' && (
        <label className="flex min-w-40 flex-1 flex-col gap-0.5 text-xs">
          <span>{valueLabel}</span>
          <input
            value={check.value}
            inputMode={check.type === 'latency-under' || check.type === 'cost-under' ? 'decimal' : undefined}
            placeholder={PLACEHOLDERS[check.type]}
            onChange={(e) => updateCheck(check.id, { value: e.target.value })}
            className={FIELD}
          />
        </label>
      )}
      {(check.type === 'contains' || check.type === 'not-contains' || check.type === 'equals-expected') && (
        <label className="flex items-center gap-1 text-xs">
          <input
            type="checkbox"
            checked={check.ignoreCase ?? false}
            onChange={(e) => updateCheck(check.id, { ignoreCase: e.target.checked })}
          />
          Ignore case
        </label>
      )}
      {check.type === 'judge' && check.judge && <JudgeFields check={check} judge={check.judge} />}
    </>
  );
}

function JudgeFields({ check, judge }: { check: Check; judge: JudgeSettings }) {
  const patch = (p: Partial<JudgeSettings>) => updateCheck(check.id, { judge: { ...judge, ...p } });
  return (
    <>
      <label className="flex w-full flex-col gap-0.5 text-xs">
        <span>Rubric</span>
        <textarea
          value={judge.rubric}
          rows={3}
          placeholder="Is the answer correct, brief and polite? {{expected}} is the right answer."
          onChange={(e) => patch({ rubric: e.target.value })}
          className={FIELD}
        />
      </label>
      <label className="flex flex-col gap-0.5 text-xs">
        <span>Judge provider</span>
        <select
          value={judge.provider}
          onChange={(e) => patch({ provider: e.target.value as ProviderKind })}
          className={FIELD}
        >
          {PROVIDER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {PROVIDER_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-0.5 text-xs">
        <span>Judge model</span>
        <input value={judge.modelId} onChange={(e) => patch({ modelId: e.target.value })} className={FIELD} />
      </label>
      <label className="flex flex-col gap-0.5 text-xs">
        <span>Pass score (1–10)</span>
        <input
          type="number"
          min={1}
          max={10}
          value={judge.passScore}
          onChange={(e) => patch({ passScore: Math.min(10, Math.max(1, Number(e.target.value) || 1)) })}
          className={`${FIELD} w-20`}
        />
      </label>
    </>
  );
}

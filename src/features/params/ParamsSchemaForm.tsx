// The rjsf form for a renderable schema. It shows defaults for parameters the state does not hold yet, turns
// rjsf's change events into ParamState (markExplicit), and hands the templates their parameter-level context.

import type { IChangeEvent } from '@rjsf/core';
import Form from '@rjsf/core';
import type { RJSFSchema } from '@rjsf/utils';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ParamState } from '@/domain/schema';
import { groupOf, markExplicit, type NormalizedSchema, resetField } from '@/domain/schema';
import { whenIdle } from '@/lib/idle';
import { jsonEqual, setOwn } from '@/lib/json';
import type { ParamsFormContext } from './formContext';
import { formSchemaOf } from './formSchema';
import { paramsValidator, warmParamsValidator } from './paramsValidator';
import { DEFAULT_FORM_STATE, FIELDS, TEMPLATES, UI_SCHEMA, WIDGETS } from './rjsfConfig';

type Values = Record<string, unknown>;

interface Props {
  normalized: NormalizedSchema;
  state: ParamState;
  onChange: (next: ParamState) => void;
  sent: readonly string[];
  idPrefix: string;
  disabled: boolean;
}

/** The state's values with each missing top-level default filled in; the same object when none is missing,
 * so rjsf recognises the data it reported itself and skips recomputing its state. */
function withDefaults(values: Values, defaults: Values): Values {
  const missing = Object.keys(defaults).filter((name) => !(name in values));
  if (missing.length === 0) return values;
  const shown = { ...values };
  for (const name of missing) setOwn(shown, name, defaults[name]);
  return shown;
}

/** The top-level parameter a field id belongs to (`<prefix>_max_tokens`, `<prefix>_stop_0`): the longest name
 * that matches, since names hold the separator themselves. */
export function topLevelName(fieldId: string, idPrefix: string, names: readonly string[]): string | null {
  let best: string | null = null;
  for (const name of names) {
    const id = `${idPrefix}_${name}`;
    if ((fieldId === id || fieldId.startsWith(`${id}_`)) && (best === null || name.length > best.length)) {
      best = name;
    }
  }
  return best;
}

export function ParamsSchemaForm({ normalized, state, onChange, sent, idPrefix, disabled }: Props) {
  const shown = useMemo(
    () => withDefaults(state.values, normalized.defaults),
    [state.values, normalized.defaults],
  );
  // Callbacks read the latest props through refs, so their identity (and the form context) stays stable.
  const latest = useRef({ state, shown, onChange, normalized });
  latest.current = { state, shown, onChange, normalized };

  // Live validation compiles on the first change: the shared part (the meta-schema) is compiled before that.
  useEffect(() => whenIdle(warmParamsValidator, 1000), []);

  const handleChange = useCallback((event: IChangeEvent<Values, RJSFSchema>, id?: string) => {
    const { state: prev, shown: before, onChange: emit } = latest.current;
    const next: Values = { ...(event.formData ?? {}) };
    // A name rjsf dropped (a cleared field) stays as undefined, so its default does not pop back while typing.
    for (const name of Object.keys(before)) if (!(name in next)) next[name] = undefined;
    if (jsonEqual(next, before) && jsonEqual(next, prev.values)) return;
    // Without a field id the change is rjsf filling in values itself, not the user: nothing becomes explicit.
    emit(
      id
        ? markExplicit({ values: before, explicit: prev.explicit }, next)
        : { values: next, explicit: prev.explicit },
    );
  }, []);

  const handleReset = useCallback((name: string) => {
    const { state: prev, onChange: emit, normalized: schema } = latest.current;
    emit(resetField(prev, name, schema));
  }, []);

  const handleTouch = useCallback(
    (fieldId: string) => {
      const { state: prev, shown: before, onChange: emit, normalized: schema } = latest.current;
      const name = topLevelName(fieldId, idPrefix, schema.order);
      if (name === null || prev.explicit.includes(name) || before[name] === undefined) return;
      emit({ ...prev, values: before, explicit: [...prev.explicit, name] });
    },
    [idPrefix],
  );

  const resettable = normalized.order.filter(
    (name) => state.explicit.includes(name) || !jsonEqual(shown[name], normalized.defaults[name]),
  );
  const basic = normalized.order.filter((name) => groupOf(normalized, name) === 'basic');
  // Keyed by content so typing that does not change which names are sent keeps the same context object.
  const contextKey = `${sent.join(',')}|${resettable.join(',')}|${basic.join(',')}|${disabled}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: contextKey stands for sent/resettable/basic/disabled
  const formContext = useMemo<ParamsFormContext>(
    () => ({ sent, resettable, basic, onReset: handleReset, onTouch: handleTouch, disabled }),
    [contextKey, handleReset, handleTouch],
  );

  return (
    <Form<Values, RJSFSchema, ParamsFormContext>
      tagName="div"
      // normalizeSchema checked it is an object schema rjsf can render (within budget); formSchemaOf removed
      // the patterns that could take exponential time on each keystroke.
      schema={formSchemaOf(normalized).schema as RJSFSchema}
      validator={paramsValidator}
      formData={shown}
      onChange={handleChange}
      liveValidate="onChange"
      noHtml5Validate
      showErrorList={false}
      templates={TEMPLATES}
      widgets={WIDGETS}
      fields={FIELDS}
      uiSchema={UI_SCHEMA}
      formContext={formContext}
      idPrefix={idPrefix}
      disabled={disabled}
      experimental_defaultFormStateBehavior={DEFAULT_FORM_STATE}
    />
  );
}

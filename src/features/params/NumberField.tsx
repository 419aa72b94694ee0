// rjsf's number field, minus the locale lookup: it hands the StringField (and so NumberWidget) the text being
// typed while that text stands for the current value ("0." on the way to "0.5"), and reports numbers.

import type { FieldProps } from '@rjsf/utils';
import { useCallback, useState } from 'react';
import { numberOfText, shownNumber } from './numberText';

export function NumberField(props: FieldProps) {
  const { registry, onChange, formData } = props;
  const [lastTyped, setLastTyped] = useState<unknown>(formData);
  const { StringField } = registry.fields;
  const handleChange = useCallback<FieldProps['onChange']>(
    (value, ...rest) => {
      setLastTyped(value);
      onChange(typeof value === 'string' ? numberOfText(value) : value, ...rest);
    },
    [onChange],
  );
  // rjsf's registry always holds its StringField; the type leaves every field optional.
  if (!StringField) return null;
  return <StringField {...props} formData={shownNumber(formData, lastTyped)} onChange={handleChange} />;
}

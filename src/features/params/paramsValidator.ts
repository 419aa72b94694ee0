// rjsf's ajv8 validator minus the errors that are noise in this form: those from unchosen anyOf/oneOf branches
// and those about list items not filled in yet. It wraps validateFormData
// rather than using the Form's transformErrors prop because only validateFormData sees the data being validated
// (the Form validates the new data before the parent has re-rendered with it).

import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { dropOtherBranchErrors, dropPlaceholderItemErrors } from './branchErrors';

type Data = Record<string, unknown>;
// Unoptimised code: compiling is what a user waits for (the first keystroke after a model loads), while running
// the validator over a few dozen parameters costs microseconds either way.
const base: ValidatorType<Data, RJSFSchema> = customizeValidator<Data, RJSFSchema>({
  ajvOptionsOverrides: { code: { optimize: false } },
});

export const paramsValidator: ValidatorType<Data, RJSFSchema> = {
  validateFormData: (formData, schema, customValidate, transformErrors, uiSchema) =>
    base.validateFormData(
      formData,
      schema,
      customValidate,
      (errors, ui) => {
        const kept = dropPlaceholderItemErrors(dropOtherBranchErrors(errors, formData, schema), formData);
        return transformErrors ? transformErrors(kept, ui) : kept;
      },
      uiSchema,
    ),
  isValid: (schema, formData, rootSchema) => base.isValid(schema, formData, rootSchema),
  rawValidation: (schema, formData) => base.rawValidation(schema, formData),
  reset: () => base.reset?.(),
};

let warmed = false;
/** Compiles ajv's meta-schema in rjsf's validator (the first validation does it otherwise: the first keystroke
 * after a model loads would wait tens of ms for it). Once per page, for idle time after the form is shown. */
export function warmParamsValidator(): void {
  if (warmed) return;
  warmed = true;
  base.isValid({ type: 'object' }, {}, { type: 'object' });
}

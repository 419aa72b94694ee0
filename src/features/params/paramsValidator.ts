// rjsf's ajv8 validator with errors from unchosen anyOf/oneOf branches filtered out. It wraps validateFormData
// rather than using the Form's transformErrors prop because only validateFormData sees the data being validated
// (the Form validates the new data before the parent has re-rendered with it).

import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import ajvValidator from '@rjsf/validator-ajv8';
import { dropOtherBranchErrors } from './branchErrors';

type Data = Record<string, unknown>;
const base = ajvValidator as ValidatorType<Data, RJSFSchema>;

export const paramsValidator: ValidatorType<Data, RJSFSchema> = {
  validateFormData: (formData, schema, customValidate, transformErrors, uiSchema) =>
    base.validateFormData(
      formData,
      schema,
      customValidate,
      (errors, ui) => {
        const kept = dropOtherBranchErrors(errors, formData, schema);
        return transformErrors ? transformErrors(kept, ui) : kept;
      },
      uiSchema,
    ),
  isValid: (schema, formData, rootSchema) => base.isValid(schema, formData, rootSchema),
  rawValidation: (schema, formData) => base.rawValidation(schema, formData),
  reset: () => base.reset?.(),
};

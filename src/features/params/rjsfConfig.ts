// Everything the rjsf Form receives that does not depend on the model, as module-level constants: rjsf compares
// props deeply on every render, and a fresh templates/widgets object per render would re-render every field.

import type {
  Experimental_DefaultFormStateBehavior,
  RegistryFieldsType,
  RegistryWidgetsType,
  TemplatesType,
  UiSchema,
} from '@rjsf/utils';
import { SelectWidget, SwitchWidget } from './ChoiceWidgets';
import {
  ArrayFieldItemButtons,
  ArrayFieldItemTemplate,
  ArrayFieldTemplate,
  ObjectFieldTemplate,
} from './ContainerTemplates';
import { MultiSchemaFieldTemplate } from './MultiSchemaTemplate';
import { NumberField } from './NumberField';
import { ParamFieldTemplate } from './ParamFieldTemplate';
import { BUTTON_TEMPLATES, FieldErrorTemplate, Nothing } from './smallTemplates';
import { BaseInput, TextareaWidget, TextWidget, URLWidget } from './TextWidgets';

type Templates = Partial<Omit<TemplatesType, 'ButtonTemplates'>> & {
  ButtonTemplates?: Partial<TemplatesType['ButtonTemplates']>;
};

export const TEMPLATES: Templates = {
  FieldTemplate: ParamFieldTemplate,
  ObjectFieldTemplate,
  ArrayFieldTemplate,
  ArrayFieldItemTemplate,
  ArrayFieldItemButtonsTemplate: ArrayFieldItemButtons,
  MultiSchemaFieldTemplate,
  FieldErrorTemplate,
  BaseInputTemplate: BaseInput,
  ErrorListTemplate: Nothing,
  ButtonTemplates: BUTTON_TEMPLATES,
};

export const WIDGETS: RegistryWidgetsType = {
  TextWidget,
  TextareaWidget,
  URLWidget,
  SelectWidget,
  CheckboxWidget: SwitchWidget,
};

// rjsf's own NumberField builds an Intl.NumberFormat on every render of every number field.
export const FIELDS: RegistryFieldsType = { NumberField };

export const UI_SCHEMA: UiSchema = {
  'ui:globalOptions': { orderable: false, copyable: false },
};

/** rjsf must not invent values: a default it fills in would look like a user's choice (and be sent). Top-level
 * defaults are shown by ParamsForm itself; only required nested values are filled. The const that identifies an
 * anyOf/oneOf variant (response_format's `type`) is set by MultiSchemaFieldTemplate when the user picks the
 * variant, since rjsf leaves it unset for an optional parent. Lists start empty rather than padded to minItems. */
export const DEFAULT_FORM_STATE: Experimental_DefaultFormStateBehavior = {
  emptyObjectFields: 'populateRequiredDefaults',
  arrayMinItems: { populate: 'never' },
};

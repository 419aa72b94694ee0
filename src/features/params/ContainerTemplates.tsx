// Objects, lists and anyOf/oneOf fields. The root object lays the parameters out in two groups (basic first,
// then a collapsible "Advanced" section); nested objects and lists are groups named by their field's label.

import type {
  ArrayFieldItemButtonsTemplateProps,
  ArrayFieldItemTemplateProps,
  ArrayFieldTemplateProps,
  ObjectFieldTemplatePropertyType,
  ObjectFieldTemplateProps,
} from '@rjsf/utils';
import { canExpand } from '@rjsf/utils';
import { type ReactNode, useContext, useState } from 'react';
import { ButtonText } from './ButtonText';
import { BranchContext, branchLabelId, ListLabelContext, labelId, paramsContext } from './formContext';
import { shownOfGroups, useShownCount } from './progressive';

const SMALL_BUTTON =
  'rounded-md border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 ' +
  'disabled:cursor-not-allowed disabled:text-slate-400';

function renderProperty(property: ObjectFieldTemplatePropertyType) {
  return property.hidden ? (
    <div key={property.name} hidden>
      {property.content}
    </div>
  ) : (
    <div key={property.name}>{property.content}</div>
  );
}

/** The folded group renders its fields only while open: a closed group of thirty fields costs a frame of work
 * on every model switch for controls nobody can see (npm run bench, 40-field form). */
function AdvancedGroup({
  initiallyOpen,
  sentCount,
  children,
}: {
  initiallyOpen: boolean;
  sentCount: number;
  children: ReactNode;
}) {
  // Open by default when it holds every parameter, so a schema without `basic`/`required` is not hidden.
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className="group space-y-3">
      <summary className="cursor-pointer select-none text-sm font-semibold text-slate-700">
        Advanced
        {sentCount > 0 && <span className="ml-2 font-normal text-slate-500">({sentCount} sent)</span>}
      </summary>
      {open && <div className="mt-3 space-y-3">{children}</div>}
    </details>
  );
}

function RootLayout({ properties, registry }: ObjectFieldTemplateProps) {
  const ctx = paramsContext(registry);
  const basic = properties.filter((p) => ctx.basic.includes(p.name));
  const advanced = properties.filter((p) => !ctx.basic.includes(p.name));
  const advancedSent = advanced.filter((p) => ctx.sent.includes(p.name)).length;
  const [basicShown, advancedShown] = shownOfGroups(
    useShownCount(properties.length),
    basic.length,
    advanced.length,
  );
  if (properties.length === 0) {
    return <p className="text-sm text-slate-500">This model has no adjustable parameters.</p>;
  }
  return (
    <div className="space-y-3">
      {basic.length > 0 && <div className="space-y-3">{basic.slice(0, basicShown).map(renderProperty)}</div>}
      {advanced.length > 0 && (
        <AdvancedGroup initiallyOpen={basic.length === 0} sentCount={advancedSent}>
          {advanced.slice(0, advancedShown).map(renderProperty)}
        </AdvancedGroup>
      )}
    </div>
  );
}

export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const { properties, fieldPathId, schema, uiSchema, formData, registry, disabled, readonly, onAddProperty } =
    props;
  const branch = useContext(BranchContext);
  if (fieldPathId.path.length === 0) return <RootLayout {...props} />;
  // A pure anyOf/oneOf object has nothing of its own to show: the branch selector renders everything.
  if ((schema.oneOf || schema.anyOf) && !schema.properties && properties.length === 0) return null;
  const { AddButton } = registry.templates.ButtonTemplates;
  const id = fieldPathId.$id;
  const named = branch?.id === id ? branchLabelId(id) : labelId(id);
  return (
    <fieldset
      aria-labelledby={named}
      className="m-0 min-w-0 space-y-2 border-0 border-l-2 border-slate-200 p-0 pl-3"
    >
      {properties.map(renderProperty)}
      {canExpand(schema, uiSchema, formData) && (
        <AddButton
          onClick={onAddProperty}
          disabled={disabled || readonly}
          registry={registry}
          uiSchema={uiSchema}
        />
      )}
    </fieldset>
  );
}

export function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
  const { items, canAdd, onAddClick, disabled, readonly, fieldPathId, title } = props;
  const branch = useContext(BranchContext);
  const id = fieldPathId.$id;
  const isBranch = branch?.id === id;
  const label = isBranch ? branch.label : title;
  return (
    <ListLabelContext.Provider value={label}>
      <fieldset
        aria-labelledby={isBranch ? branchLabelId(id) : labelId(id)}
        className="m-0 min-w-0 space-y-1.5 border-0 p-0"
      >
        {items.length === 0 && <p className="text-xs text-slate-500">Empty.</p>}
        {items}
        {canAdd && (
          <button type="button" className={SMALL_BUTTON} disabled={disabled || readonly} onClick={onAddClick}>
            <ButtonText visible="Add" name={`Add ${label} item`} />
          </button>
        )}
      </fieldset>
    </ListLabelContext.Provider>
  );
}

export function ArrayFieldItemTemplate({ children, buttonsProps, hasToolbar }: ArrayFieldItemTemplateProps) {
  return (
    <div className="flex items-center gap-2">
      <div className="min-w-0 flex-1">{children}</div>
      {hasToolbar && <ArrayFieldItemButtons {...buttonsProps} />}
    </div>
  );
}

/** Only removal: reordering and copying are switched off (ui:globalOptions) as parameters rarely need them. */
export function ArrayFieldItemButtons({
  hasRemove,
  onRemoveItem,
  index,
  disabled,
  readonly,
}: ArrayFieldItemButtonsTemplateProps) {
  const listLabel = useContext(ListLabelContext);
  if (!hasRemove) return null;
  return (
    <button type="button" className={SMALL_BUTTON} disabled={disabled || readonly} onClick={onRemoveItem}>
      <ButtonText visible="Remove" name={`Remove ${listLabel} item ${index + 1}`} />
    </button>
  );
}

// The table's parts as divs with ARIA roles. A virtualised grid places its rows by transform inside a box of
// the whole table's height, which <table>/<tr> layout does not allow; the roles (with aria-rowcount and
// aria-rowindex) tell assistive technology what <table> would. The lint asks for <table> elements, hence the
// suppressions, one place for all.

import type { CSSProperties, HTMLAttributes, ReactNode, Ref } from 'react';

interface PartProps extends HTMLAttributes<HTMLDivElement> {
  ref?: Ref<HTMLDivElement>;
  children?: ReactNode;
  style?: CSSProperties;
}

export function AriaTable(props: PartProps) {
  // biome-ignore lint/a11y/useSemanticElements: virtualised rows, see the file comment
  return <div role="table" {...props} />;
}

export function AriaRowGroup(props: PartProps) {
  // biome-ignore lint/a11y/useSemanticElements: virtualised rows, see the file comment
  return <div role="rowgroup" {...props} />;
}

export function AriaRow(props: PartProps) {
  // biome-ignore lint/a11y/useSemanticElements: virtualised rows, see the file comment
  // biome-ignore lint/a11y/useFocusableInteractive: a row of a static table; its controls take the focus
  return <div role="row" {...props} />;
}

export function AriaColumnHeader(props: PartProps) {
  // biome-ignore lint/a11y/useSemanticElements: virtualised rows, see the file comment
  // biome-ignore lint/a11y/useFocusableInteractive: a header of a static table
  return <div role="columnheader" {...props} />;
}

export function AriaRowHeader(props: PartProps) {
  // biome-ignore lint/a11y/useSemanticElements: virtualised rows, see the file comment
  // biome-ignore lint/a11y/useFocusableInteractive: a header of a static table
  return <div role="rowheader" {...props} />;
}

export function AriaCell(props: PartProps) {
  // biome-ignore lint/a11y/useSemanticElements: virtualised rows, see the file comment
  return <div role="cell" {...props} />;
}

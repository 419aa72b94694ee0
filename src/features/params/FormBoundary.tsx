// The schema form's boundary: a schema rjsf chokes on degrades to the JSON editor instead of blanking the panel.
// It recovers when `resetKey` (the normalized schema) changes.

import type { ReactNode } from 'react';
import { ErrorBoundary } from '@/ui';

export function FormBoundary(props: {
  resetKey: unknown;
  fallback: (error: Error) => ReactNode;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary resetKey={props.resetKey} fallback={(error) => props.fallback(error)}>
      {props.children}
    </ErrorBoundary>
  );
}

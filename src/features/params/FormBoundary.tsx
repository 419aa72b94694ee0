// Catches a render error of the schema form so a schema rjsf chokes on degrades to the JSON editor instead of
// blanking the workbench. It recovers when `resetKey` (the normalized schema) changes.

import { Component, type ReactNode } from 'react';

interface Props {
  resetKey: unknown;
  fallback: (error: Error) => ReactNode;
  children: ReactNode;
}

interface State {
  error: Error | null;
  failedKey: unknown;
}

export class FormBoundary extends Component<Props, State> {
  state: State = { error: null, failedKey: undefined };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch() {
    // Remember which schema failed, so a different one gets a fresh try.
    this.setState({ failedKey: this.props.resetKey });
  }

  render() {
    const { error, failedKey } = this.state;
    const stale = error !== null && failedKey !== undefined && failedKey !== this.props.resetKey;
    if (error && !stale) return this.props.fallback(error);
    return this.props.children;
  }

  componentDidUpdate() {
    const { error, failedKey } = this.state;
    if (error && failedKey !== undefined && failedKey !== this.props.resetKey) {
      this.setState({ error: null, failedKey: undefined });
    }
  }
}

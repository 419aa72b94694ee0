// A part of the page that fails while rendering (bad data from a server, a bug) is replaced by its fallback
// instead of blanking the whole workbench. It tries again when `resetKey` changes or the fallback calls retry.

import { Component, type ReactNode } from 'react';

interface Props {
  /** When this changes (another model, another run), the failed part gets a fresh try. */
  resetKey?: unknown;
  fallback: (error: Error, retry: () => void) => ReactNode;
  children: ReactNode;
}

interface State {
  error: Error | null;
  failedKey: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, failedKey: undefined };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch() {
    // Remember what failed, so something different gets a fresh try.
    this.setState({ failedKey: this.props.resetKey });
  }

  componentDidUpdate() {
    const { error, failedKey } = this.state;
    if (error && failedKey !== undefined && failedKey !== this.props.resetKey) {
      this.setState({ error: null, failedKey: undefined });
    }
  }

  private readonly retry = () => this.setState({ error: null, failedKey: undefined });

  render() {
    const { error, failedKey } = this.state;
    const stale = error !== null && failedKey !== undefined && failedKey !== this.props.resetKey;
    if (error && !stale) return this.props.fallback(error, this.retry);
    return this.props.children;
  }
}

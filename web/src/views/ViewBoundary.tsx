import { Component, type ReactNode } from 'react';
import { ErrorState } from '../panels/StatusStates.tsx';

interface State {
  failed: boolean;
}

/** Catches a view that failed to load (its chunk, usually because the server went away) and offers a retry. */
export class ViewBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render() {
    if (this.state.failed)
      return (
        <ErrorState
          title="This view could not be shown"
          message="Part of the app did not load, most likely because the server does not answer; check that it runs, then retry."
          onRetry={() => window.location.reload()}
        />
      );
    return this.props.children;
  }
}

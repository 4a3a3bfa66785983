/** A last line of defence: an unexpected error shows a message and a way out, never a blank page. */
import { Component, type ReactNode } from "react";

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="load-error" role="alert">
        <h1>The explorer stopped on an unexpected error</h1>
        <p>
          <code>{error.message}</code>
        </p>
        <p>
          <a href={window.location.href}>Reload this view</a> or <a href="?">open the bundled graph</a>. If it
          happens again, please report the message above with the link of this page.
        </p>
      </section>
    );
  }
}

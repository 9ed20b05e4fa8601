import { Component, type ComponentChildren } from 'preact';

interface State {
  failed?: string;
}

/**
 * A record the card cannot draw (written by hand, or by a future version) shows a short
 * message instead of a blank or broken card; the page is never affected.
 */
export class CardBoundary extends Component<{ children: ComponentChildren }, State> {
  override state: State = {};

  override componentDidCatch(error: unknown): void {
    this.setState({ failed: error instanceof Error ? error.message : String(error) });
  }

  override render() {
    if (this.state.failed)
      return (
        <p class="problem" role="alert">
          This card could not be shown: {this.state.failed}
        </p>
      );
    return this.props.children;
  }
}

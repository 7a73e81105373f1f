/**
 * Catches a rendering error anywhere below it and shows a recovery screen instead of a blank
 * window. The user's data lives in the store, outside the React tree, so nothing entered is lost.
 */
import { Button } from '@fluentui/react-components'
import { Component, type ErrorInfo, type ReactNode } from 'react'

/** Props of {@link ErrorBoundary}. */
export interface ErrorBoundaryProps {
  readonly children: ReactNode
  /** Called before the tree is rendered again (e.g. go back to a safe step). */
  readonly onRecover?: () => void
}

interface ErrorBoundaryState {
  readonly message: string | undefined
}

/** React's error boundary (a class: React offers no hook for this). */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { message: undefined }

  /** Switches to the recovery screen; only the message is kept, never a stack. */
  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { message: error instanceof Error ? error.message : String(error) }
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Nothing leaves the machine: the error is shown, not reported anywhere.
  }

  private readonly recover = (): void => {
    this.props.onRecover?.()
    this.setState({ message: undefined })
  }

  override render(): ReactNode {
    if (this.state.message === undefined) {
      return this.props.children
    }
    return (
      <main style={{ padding: 24, maxWidth: 720 }}>
        <h1>Something went wrong on this screen</h1>
        <div role="alert">
          <strong>The screen could not be drawn: </strong>
          <span>{this.state.message}</span>
        </div>
        <p>
          Your install details, answers and ticks are kept: nothing you entered was lost. Go back to the
          install details and carry on from there.
        </p>
        <Button appearance="primary" onClick={this.recover}>
          Back to the wizard
        </Button>
      </main>
    )
  }
}

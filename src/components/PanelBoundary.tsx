import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages.en';
import { useT } from '../language/useT';
import './notices.css';

interface Props {
  /** Names the panel in the message, e.g. "Event details". */
  name: string;
  /** The message shown in place of the panel; receives the panel's name. */
  message: (name: string) => string;
  children: ReactNode;
}

/**
 * Keeps a failure inside one panel: the panel is replaced by a short message and the rest of the
 * page (map, timeline, other panels) keeps working. React only offers this as a class component.
 */
export class PanelBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  render(): ReactNode {
    if (this.state.failed) {
      return (
        <p className="notice notice-error" role="alert">
          {this.props.message(this.props.name)}
        </p>
      );
    }
    return this.props.children;
  }
}

/** A panel of the page that fails alone, named (in the interface language) by a message key. */
export function Panel({ name, children }: { name: MessageKey; children: ReactNode }) {
  const t = useT();
  return (
    <PanelBoundary name={t(name)} message={(panel) => t('error.panel', { panel })}>
      {children}
    </PanelBoundary>
  );
}

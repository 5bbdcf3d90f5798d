// Dialogs opened from inside another dialog: React passes a <dialog>'s cancel/close events up
// the component tree, so Esc on the inner one would close the outer one too. This boundary
// stops them here.
import type { DialogHTMLAttributes, ReactNode, SyntheticEvent } from 'react';

const stop = (e: SyntheticEvent): void => e.stopPropagation();
const boundary: Pick<DialogHTMLAttributes<HTMLElement>, 'onCancel' | 'onClose'> = { onCancel: stop, onClose: stop };

export function Nested({ children }: { children: ReactNode }) {
  return (
    <div className="nested-dialogs" {...boundary}>
      {children}
    </div>
  );
}

// Work typed at the counter and not yet saved (a sale, a payment): the keyboard shortcuts and the
// menu ask before leaving it (Layout.tsx). A form says what it holds while it holds something.
import { useEffect } from 'react';

const held = new Map<symbol, string>();

/** While `what` is non-null (a sentence: "A venda para Ana ainda não foi confirmada."), leaving
 *  the page asks first. */
export function useUnsavedWork(what: string | null): void {
  useEffect(() => {
    if (what === null) return;
    const id = Symbol(what);
    held.set(id, what);
    return () => {
      held.delete(id);
    };
  }, [what]);
}

/** The shopkeeper chose to leave it: nothing is held any more (the page itself may stay
 *  mounted a moment longer, while the next one loads). */
export function discardUnsavedWork(): void {
  held.clear();
}

/** What would be lost by leaving now, or null. */
export function unsavedWork(): string | null {
  for (const what of held.values()) return what;
  return null;
}

import { useEffect, useState } from 'react';
import { today } from './clock';

/** Today's calendar date for the screens; rolls over at local midnight while the app stays open. */
export function useToday(): string {
  const [d, setD] = useState(today);
  useEffect(() => {
    const t = setInterval(() => {
      const now = today();
      setD((prev) => (prev === now ? prev : now));
    }, 60_000);
    return () => clearInterval(t);
  }, []);
  return d;
}

// Client-made ids and timestamps.
import { monotonicFactory } from 'ulid';

const next = monotonicFactory();

/** A new ULID: sortable by creation time, unique across devices. */
export function newId(): string {
  return next();
}

export function nowIso(): string {
  return new Date().toISOString();
}

// Every IPC call is parsed against its zod schema before any handler runs; the sender must be
// the app's own page. Pure enough to unit-test without Electron.
import { desktopArgs, type DesktopArgs } from '../../shared/desktop-api-schemas';

export class InvalidIpcArgument extends Error {
  override name = 'InvalidIpcArgument';
}

export function parseArgs<K extends keyof DesktopArgs>(name: K, raw: unknown[]): DesktopArgs[K] {
  const schema = desktopArgs[name];
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => i.message).join('; ');
    throw new InvalidIpcArgument(`Argumento inválido em ${String(name)}: ${why}`);
  }
  return parsed.data as DesktopArgs[K];
}

export function isTrustedSender(frameUrl: string | undefined, origins: readonly string[]): boolean {
  if (!frameUrl) return false;
  try {
    const u = new URL(frameUrl);
    return origins.includes(`${u.protocol}//${u.host}`);
  } catch {
    return false;
  }
}

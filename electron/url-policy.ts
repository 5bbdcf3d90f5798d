// Pure navigation rules (unit-tested): the window may only show the app itself; the few
// allowed external links go to the operating system.
import { isAllowedExternalUrl } from '../shared/desktop-api';

export type NavigationDecision = 'allow' | 'external' | 'deny';

export function decideNavigation(url: string, appOrigins: readonly string[]): NavigationDecision {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'deny';
  }
  if (appOrigins.includes(`${u.protocol}//${u.host}`)) return 'allow';
  if (isAllowedExternalUrl(url)) return 'external';
  return 'deny';
}

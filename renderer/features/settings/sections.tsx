// Settings sections contributed by other features (collection policy, templates, backups…).
import type { ReactNode } from 'react';
import type { AppSettings } from '../../db/settings';
import { BackupPanel } from './BackupPanel';

export interface SettingsSection {
  path: string;
  label: string;
  render: (settings: AppSettings) => ReactNode;
}

export const SETTINGS_EXTRA_SECTIONS: SettingsSection[] = [
  { path: 'backup', label: 'Cópias de segurança', render: () => <BackupPanel /> },
];

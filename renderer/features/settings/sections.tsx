// Settings sections contributed by other features (collection policy, templates, backups…).
import type { ReactNode } from 'react';
import type { AppSettings } from '../../db/settings';
import { BackupPanel } from './BackupPanel';
import { ContactHoursSettings, LetterTemplatesSettings, PolicySettings, TemplatesSettings } from '../collections';

export interface SettingsSection {
  path: string;
  label: string;
  render: (settings: AppSettings) => ReactNode;
}

export const SETTINGS_EXTRA_SECTIONS: SettingsSection[] = [
  { path: 'regua', label: 'Régua de cobrança', render: () => <PolicySettings /> },
  { path: 'mensagens', label: 'Modelos de mensagem', render: () => <TemplatesSettings /> },
  { path: 'cartas', label: 'Modelos de carta', render: () => <LetterTemplatesSettings /> },
  { path: 'horarios', label: 'Horários de contato', render: () => <ContactHoursSettings /> },
  { path: 'backup', label: 'Cópias de segurança', render: () => <BackupPanel /> },
];

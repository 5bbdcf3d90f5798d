// zod schemas for every DesktopApi argument; the main process parses with these before acting.
import { z } from 'zod';
import { isAllowedExternalUrl, MAX_FILE_BYTES } from './desktop-api';

const bytes = z
  .instanceof(Uint8Array, { message: 'esperado um arquivo (bytes)' })
  .refine((b) => b.byteLength > 0, 'arquivo vazio')
  .refine((b) => b.byteLength <= MAX_FILE_BYTES, 'arquivo grande demais');

/** A bare file name: no folders, no `..`, no characters Windows refuses. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(120)
  .refine((s) => !/[\\/:*?"<>|]/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 32), 'nome de arquivo inválido')
  .refine((s) => s !== '.' && s !== '..' && !s.startsWith('.'), 'nome de arquivo inválido')
  .refine((s) => s.trim() === s && !s.endsWith('.'), 'nome de arquivo inválido');

const pdfName = fileNameSchema.refine((s) => s.toLowerCase().endsWith('.pdf'), 'o nome deve terminar em .pdf');

const filter = z.object({
  name: z.string().min(1).max(60),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/i)).min(1).max(8),
}).strict();

const backupName = fileNameSchema.refine((s) => /^caderneta-[\w.-]+\.(json|json\.gz|cdnt)$/.test(s), 'nome de backup inválido');

export const desktopArgs = {
  getVersion: z.tuple([]),
  savePdf: z.tuple([bytes, pdfName]),
  printPdf: z.tuple([bytes]),
  saveFile: z.tuple([bytes, fileNameSchema, z.array(filter).max(10)]),
  openExternal: z.tuple([z.string().refine(isAllowedExternalUrl, 'endereço não permitido')]),
  getBackupFolder: z.tuple([]),
  chooseBackupFolder: z.tuple([]),
  writeBackup: z.tuple([bytes, backupName]),
  listBackups: z.tuple([]),
  readBackup: z.tuple([backupName, z.enum(['auto', 'external'])]),
} as const;

export type DesktopArgs = { [K in keyof typeof desktopArgs]: z.infer<(typeof desktopArgs)[K]> };

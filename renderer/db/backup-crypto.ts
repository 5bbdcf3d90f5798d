// Optional password protection for backup files (issue 10): AES-256-GCM with a key derived
// from the password by PBKDF2-SHA-256 (600,000 iterations by default, OWASP 2023), all through
// WebCrypto, so it runs the same in Electron, Chromium and Node.
//
// File layout (".cdnt"), big-endian:
//   magic "CDNTENC1" (8) | format 1 (1) | iterations (4) | salt (16) | iv (12) | ciphertext+tag
// The 41 header bytes are the GCM additional data: editing any of them fails decryption.
// The plaintext is the ordinary backup file (gzip JSON of exportBackup), so after
// decryptBackup the usual parseBackup runs every check.
import { RepoError } from './errors';

export const ENCRYPTED_MAGIC = 'CDNTENC1';
export const ENCRYPTED_EXTENSION = '.cdnt';
export const DEFAULT_ITERATIONS = 600_000;
/** Files claiming fewer (weak) or more (a CPU trap) iterations are refused. */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 10_000_000;
export const MIN_PASSWORD_LENGTH = 8;
const FORMAT = 1;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = ENCRYPTED_MAGIC.length + 1 + 4 + SALT_BYTES + IV_BYTES;

const MAGIC_BYTES = new TextEncoder().encode(ENCRYPTED_MAGIC);

/** True when the bytes start like a password-protected Caderneta backup. */
export function isEncryptedBackup(bytes: Uint8Array): boolean {
  if (bytes.byteLength < MAGIC_BYTES.byteLength) return false;
  return MAGIC_BYTES.every((b, i) => bytes[i] === b);
}

function normalizePassword(password: string): Uint8Array<ArrayBuffer> {
  // NFC: "ç" typed as one character or as c + cedilla gives the same key.
  return new TextEncoder().encode(password.normalize('NFC'));
}

async function deriveKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number, usage: KeyUsage): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', normalizePassword(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

function checkPassword(password: string): void {
  if (typeof password !== 'string' || password.length === 0) throw new RepoError('validation', 'Informe a senha do backup.', { fields: { password: 'Informe a senha.' } });
}

/**
 * Encrypts backup bytes with a password. `iterations` is for tests and slow machines only;
 * it may not go below MIN_ITERATIONS.
 */
export async function encryptBackup(plain: Uint8Array, password: string, opts: { iterations?: number } = {}): Promise<Uint8Array<ArrayBuffer>> {
  checkPassword(password);
  if ([...password.normalize('NFC')].length < MIN_PASSWORD_LENGTH) {
    throw new RepoError('validation', `A senha do backup deve ter ao menos ${MIN_PASSWORD_LENGTH} caracteres.`, { fields: { password: `Mínimo de ${MIN_PASSWORD_LENGTH} caracteres.` } });
  }
  const iterations = opts.iterations ?? DEFAULT_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) throw new RangeError('iterations out of range');
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = new Uint8Array(HEADER_BYTES);
  header.set(MAGIC_BYTES, 0);
  const view = new DataView(header.buffer);
  view.setUint8(MAGIC_BYTES.byteLength, FORMAT);
  view.setUint32(MAGIC_BYTES.byteLength + 1, iterations);
  header.set(salt, MAGIC_BYTES.byteLength + 5);
  header.set(iv, MAGIC_BYTES.byteLength + 5 + SALT_BYTES);
  const key = await deriveKey(password, salt, iterations, 'encrypt');
  const body = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header, tagLength: TAG_BYTES * 8 }, key, plain as Uint8Array<ArrayBuffer>));
  const out = new Uint8Array(HEADER_BYTES + body.byteLength);
  out.set(header, 0);
  out.set(body, HEADER_BYTES);
  return out;
}

const bad = (message: string): RepoError => new RepoError('bad_backup', message);

/**
 * Decrypts a password-protected backup back to the ordinary backup bytes (then call
 * parseBackup). A wrong password and a damaged file are indistinguishable by design (GCM):
 * both get the same clear Portuguese message.
 */
export async function decryptBackup(bytes: Uint8Array, password: string): Promise<Uint8Array<ArrayBuffer>> {
  if (!isEncryptedBackup(bytes)) throw bad('Este arquivo não é um backup protegido por senha da Caderneta.');
  checkPassword(password);
  if (bytes.byteLength < HEADER_BYTES + TAG_BYTES) throw bad('O arquivo de backup está incompleto ou corrompido.');
  const header = bytes.slice(0, HEADER_BYTES);
  const view = new DataView(header.buffer);
  const format = view.getUint8(MAGIC_BYTES.byteLength);
  if (format > FORMAT) throw bad('Este backup foi feito por uma versão mais nova da Caderneta. Atualize o aplicativo para restaurá-lo.');
  const iterations = view.getUint32(MAGIC_BYTES.byteLength + 1);
  if (format < 1 || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) throw bad('O arquivo de backup está incompleto ou corrompido.');
  const salt = header.slice(MAGIC_BYTES.byteLength + 5, MAGIC_BYTES.byteLength + 5 + SALT_BYTES);
  const iv = header.slice(MAGIC_BYTES.byteLength + 5 + SALT_BYTES, HEADER_BYTES);
  const key = await deriveKey(password, salt, iterations, 'decrypt');
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: header, tagLength: TAG_BYTES * 8 }, key, bytes.slice(HEADER_BYTES)));
  } catch {
    throw bad('Senha incorreta, ou o arquivo de backup está corrompido. Confira a senha e tente de novo.');
  }
}

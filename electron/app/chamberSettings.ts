import fs from 'node:fs';
import path from 'node:path';
import { ChamberConnection, type ChamberConnectionState } from '../../shared/api/chamberContract';

/**
 * The desktop app's connection to the chamber's server (設定 →「商工会議所のサーバーに接続」), kept in
 * the user's data folder as chamber.json: where the server is, and the password encrypted with the
 * operating system's key store (Electron's safeStorage: DPAPI on Windows, Keychain, libsecret) — never
 * in plain text. Without a usable key store nothing is saved and the screen says so.
 */
export interface Crypto {
  isEncryptionAvailable(): boolean;
  encryptString(s: string): Buffer;
  decryptString(b: Buffer): string;
}

const FILE = 'chamber.json';

interface Stored {
  connection: ChamberConnection;
  password: string; // base64 of safeStorage.encryptString
}

export function chamberUrl(c: ChamberConnection, password: string): string {
  const u = new URL('postgres://placeholder');
  u.hostname = c.host;
  u.port = String(c.port);
  u.pathname = `/${encodeURIComponent(c.database)}`;
  u.username = encodeURIComponent(c.user);
  u.password = encodeURIComponent(password);
  if (c.tls === 'require') u.searchParams.set('sslmode', 'no-verify'); // encrypted, certificate not checked (libpq's "require")
  if (c.tls === 'verify-full') u.searchParams.set('sslmode', 'verify-full');
  return u.toString();
}

export function createChamberSettings(dataDir: string, crypto: Crypto) {
  const file = path.join(dataDir, FILE);
  const read = (): Stored | null => {
    try {
      const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { connection?: unknown; password?: unknown };
      const connection = ChamberConnection.safeParse(raw.connection);
      return connection.success && typeof raw.password === 'string' ? { connection: connection.data, password: raw.password } : null;
    } catch {
      return null;
    }
  };
  return {
    state(active: boolean): ChamberConnectionState {
      return { connection: read()?.connection ?? null, active, canStore: crypto.isEncryptionAvailable() };
    },
    /** The URL the back end connects with (password decrypted in memory), or undefined for SQLite. */
    url(): string | undefined {
      const s = read();
      if (!s || !crypto.isEncryptionAvailable()) return undefined;
      try {
        return chamberUrl(s.connection, crypto.decryptString(Buffer.from(s.password, 'base64')));
      } catch {
        return undefined; // another user's or machine's key: ask again
      }
    },
    save(connection: ChamberConnection, password: string): void {
      if (!crypto.isEncryptionAvailable()) throw new Error('このパソコンではパスワードを安全に保存できません（OSの資格情報ストアが使えません）。');
      const stored: Stored = { connection, password: crypto.encryptString(password).toString('base64') };
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(stored, null, 1), { mode: 0o600 });
      fs.renameSync(tmp, file);
    },
    clear(): void {
      fs.rmSync(file, { force: true });
    },
  };
}

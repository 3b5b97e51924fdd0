import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chamberUrl, createChamberSettings, type Crypto } from '../../../electron/app/chamberSettings';
import { tempDir } from '../tempDir';

/** A stand-in for Electron's safeStorage: reversible, and visibly not the plain text. */
const fakeKeyStore = (available = true): Crypto => ({
  isEncryptionAvailable: () => available,
  encryptString: (s) => Buffer.from([...Buffer.from(s, 'utf8')].map((b) => b ^ 0x5a)),
  decryptString: (b) => Buffer.from([...b].map((x) => x ^ 0x5a)).toString('utf8'),
});

describe('設定 →「商工会議所のサーバーに接続」', () => {
  const connection = { host: 'banso.cci.local', port: 5432, database: 'banso', user: 'tanaka_m', tls: 'verify-full' as const };

  it('keeps the password encrypted on disk and gives the back end the whole URL', () => {
    const dir = tempDir();
    const s = createChamberSettings(dir, fakeKeyStore());
    s.save(connection, 'p@ss:word/秘密');
    const onDisk = fs.readFileSync(path.join(dir, 'chamber.json'), 'utf8');
    expect(onDisk).not.toContain('p@ss');
    expect(onDisk).toContain('banso.cci.local');
    const url = new URL(s.url()!);
    expect(decodeURIComponent(url.password)).toBe('p@ss:word/秘密');
    expect(url.username).toBe('tanaka_m');
    expect(url.searchParams.get('sslmode')).toBe('verify-full');
    expect(s.state(true)).toEqual({ connection, active: true, canStore: true });
    s.clear();
    expect(s.url()).toBeUndefined();
    expect(s.state(false).connection).toBeNull();
  });

  it('stores nothing without the OS key store', () => {
    const dir = tempDir();
    expect(() => createChamberSettings(dir, fakeKeyStore(false)).save(connection, 'x'.repeat(12))).toThrow(/安全に保存できません/);
    expect(fs.existsSync(path.join(dir, 'chamber.json'))).toBe(false);
  });

  it('TLS as chosen: none, encrypted without the certificate check, or verified', () => {
    expect(new URL(chamberUrl({ ...connection, tls: 'disable' }, 'x')).searchParams.get('sslmode')).toBeNull();
    expect(new URL(chamberUrl({ ...connection, tls: 'require' }, 'x')).searchParams.get('sslmode')).toBe('no-verify');
  });
});

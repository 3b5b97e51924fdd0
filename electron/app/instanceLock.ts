import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiFailure } from '../../shared/api/errors';

/**
 * One copy of Banso per data folder: a lock file (banso.lock, with the owner's pid and host) taken
 * with O_EXCL before the database opens. A lock left by a copy that is gone (killed, crashed) is taken
 * over; one held by a live process refuses the start with a clear screen. Electron adds its own
 * single-instance lock on top; this one also covers browser mode and the two modes side by side.
 */
export const LOCK_FILE = 'banso.lock';

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

export interface DataDirLock {
  file: string;
  release(): void;
}

/** Whether a process runs (a zombie — killed, not yet reaped — does not). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc (Windows, macOS): the signal check stands
  }
}

function readLock(file: string): LockInfo | undefined {
  try {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockInfo>;
    return typeof raw.pid === 'number' && typeof raw.host === 'string' ? { pid: raw.pid, host: raw.host, startedAt: String(raw.startedAt ?? '') } : undefined;
  } catch {
    return undefined;
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockInfo = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        if (readLock(file)?.pid === me.pid) fs.rmSync(file, { force: true });
      };
      process.once('exit', release);
      return { file, release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new ApiFailure('DB_READONLY', `データフォルダーに書き込めないため起動できません（${dataDir}）。フォルダーの書き込み権限を確認してください。何も変更していません。`);
      }
      const held = readLock(file);
      const other = held && (held.host !== me.host || alive(held.pid));
      if (other) {
        throw new ApiFailure(
          'DB_IN_USE',
          `このデータは別の伴走が開いています（${held.host === me.host ? `プロセス ${held.pid}` : `コンピューター ${held.host}`}、${held.startedAt} から）。同じデータを二つの伴走で同時に開くと入力が失われるおそれがあるため、こちらは開きませんでした。もう一方の伴走をお使いください。もう一方が見当たらない場合は ${file} を削除してから起動し直してください。`,
        );
      }
      fs.rmSync(file, { force: true }); // left by a copy that is no longer running
    }
  }
  throw new ApiFailure('DB_IN_USE', `データフォルダーのロックを取得できませんでした（${file}）。`);
}

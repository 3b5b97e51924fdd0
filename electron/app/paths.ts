import fs from 'node:fs';
import path from 'node:path';

/**
 * Where Banso's read-only resources (templates/, demo content, built renderer) live.
 * In development and tests: the repository root. In a packaged app: process.resourcesPath/app.
 */
export function findAppRoot(start: string): string {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'templates')) && fs.existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`Banso resources (templates/) not found above ${start}`);
}

export const DB_FILE_NAME = 'banso.sqlite';

/** BANSO_DATA_DIR overrides the default (Electron's userData, or ~/.banso in browser mode). */
export function resolveDataDir(fallback: string): string {
  const dir = process.env.BANSO_DATA_DIR?.trim() || fallback;
  fs.mkdirSync(dir, { recursive: true });
  return path.resolve(dir);
}

import { PROGRAM_NAMES, type ProgramId } from '../../shared/schemas/common';
import { jstToday } from '../../shared/portfolio/dates';

/** A file name safe on Windows, macOS and Linux: no reserved characters, not too long. */
export function safeFileName(s: string, maxChars = 60): string {
  const cleaned = s
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return [...cleaned].slice(0, maxChars).join('') || 'banso';
}

/** 20261124 (the calendar date in Japan). */
export const ymd = (d: Date): string => jstToday(d).replace(/-/g, '');

/** e.g. "株式会社A工務店_小規模事業者持続化補助金_20261124" */
export function packageBaseName(clientName: string, programId: ProgramId, at: Date): string {
  return safeFileName(`${safeFileName(clientName, 40)}_${PROGRAM_NAMES[programId]}_${ymd(at)}`, 100);
}

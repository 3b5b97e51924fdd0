import { PROGRAM_NAMES, type ProgramId } from '../../shared/schemas/common';
import { jstToday } from '../../shared/portfolio/dates';

/**
 * Characters a file name must not carry: reserved on Windows/macOS/Linux, controls, and what other
 * systems garble — emoji and other pictographs, variation selectors and joiners.
 */
const RESERVED = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}]/gu;
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\ufe00-\ufe0f\u20e3\u{E0100}-\u{E01EF}]/gu;

/** A file name safe on Windows, macOS and Linux: no reserved characters, no emoji, not too long. */
export function safeFileName(s: string, maxChars = 60): string {
  const cleaned = s
    .normalize('NFC')
    .replace(PICTOGRAPHS, '')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return [...cleaned].slice(0, maxChars).join('').trim() || 'banso';
}

/** 20261124 (the calendar date in Japan). */
export const ymd = (d: Date): string => jstToday(d).replace(/-/g, '');

/** e.g. "株式会社A工務店_小規模事業者持続化補助金_20261124" */
export function packageBaseName(clientName: string, programId: ProgramId, at: Date): string {
  return safeFileName(`${safeFileName(clientName, 40)}_${PROGRAM_NAMES[programId]}_${ymd(at)}`, 100);
}

/** The short names advisors use in file names. */
export const PROGRAM_SHORT: Record<ProgramId, string> = {
  keieiKakushin: '経営革新',
  monozukuri: 'もの補助',
  shinMonozukuri: '新もの補助',
  jizokuka: '持続化',
};

const LEGAL_WORDS = /(株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|一般財団法人|特定非営利活動法人|ＮＰＯ法人|NPO法人|社会福祉法人|企業組合|協同組合|[（(](?:株|有|同|資|名)[）)]|㈱|㈲)/g;

/** 「B縫製株式会社」 → 「B縫製」: the name without its legal form, as advisors label files. */
export function clientShortName(name: string): string {
  const short = name.replace(LEGAL_WORDS, '').replace(/\s+/g, ' ').trim();
  return safeFileName(short || name, 30);
}

/** A file inside a package, named with client and form so two clients' packages extracted together never collide: 「B縫製_もの補助_事業計画書.pdf」. */
export function innerFileName(clientName: string, programId: ProgramId, what: string): string {
  const dot = what.lastIndexOf('.');
  const stem = dot > 0 ? what.slice(0, dot) : what;
  const ext = dot > 0 ? what.slice(dot) : '';
  return `${safeFileName(`${clientShortName(clientName)}_${PROGRAM_SHORT[programId]}_${stem}`, 80)}${ext}`;
}

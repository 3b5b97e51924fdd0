/**
 * Dates as official Japanese documents print them: 西暦 (2026年11月24日) or 和暦 (令和8年11月24日).
 * Works on the calendar date in Japan (UTC+9), whatever the machine's time zone.
 */
const ERAS = [
  { name: '令和', start: [2019, 5, 1] },
  { name: '平成', start: [1989, 1, 8] },
  { name: '昭和', start: [1926, 12, 25] },
] as const;

export type DateStyle = 'seireki' | 'wareki';

function jstParts(d: Date): [number, number, number] {
  const j = new Date(d.getTime() + 9 * 3600_000);
  return [j.getUTCFullYear(), j.getUTCMonth() + 1, j.getUTCDate()];
}

const onOrAfter = (a: readonly number[], b: readonly number[]) => a[0]! * 10000 + a[1]! * 100 + a[2]! >= b[0]! * 10000 + b[1]! * 100 + b[2]!;

export function formatJapaneseDate(d: Date, style: DateStyle): string {
  const [y, m, day] = jstParts(d);
  if (style === 'seireki') return `${y}年${m}月${day}日`;
  const era = ERAS.find((e) => onOrAfter([y, m, day], e.start));
  if (!era) return `${y}年${m}月${day}日`;
  const n = y - era.start[0] + 1;
  return `${era.name}${n === 1 ? '元' : n}年${m}月${day}日`;
}

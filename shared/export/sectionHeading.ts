import type { Section } from '../templates/schema';

/** A form's number and title as one heading: 「1. 企業概要」「④ 今回の事業に要する経費」「別表2 実施計画と実績」. */
export function numbered(number: string | undefined, title: string): string {
  const n = (number ?? '').trim();
  return n ? `${n} ${title}` : title;
}

/** The section as the form prints it (its number from the template data, then its title). */
export const sectionHeading = (s: Pick<Section, 'number' | 'title'>): string => numbered(s.number, s.title);

/**
 * Within a part that already names the number (part 「別表1 経営革新計画」, section number 「別表1」), the
 * section's own heading leaves the number out so it is not printed twice.
 */
export function headingUnderPart(s: Pick<Section, 'number' | 'title' | 'part'>): string {
  const n = (s.number ?? '').trim();
  return n && s.part.startsWith(n) ? s.title : sectionHeading(s);
}

/**
 * 法人番号 (13 digits): the first digit is a check digit over the other twelve (国税庁「法人番号の
 * 構成」: 9 − (Σ Pn×Qn mod 9), Pn the n-th digit from the right of the 12, Qn 1 for odd n and 2 for even).
 */
export function isCorporateNumber(s: string): boolean {
  if (!/^\d{13}$/.test(s)) return false;
  const base = s.slice(1);
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(base[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return Number(s[0]) === 9 - (sum % 9);
}

/** Full-width digits, spaces and hyphens as people type them, made the 13 digits (or left as typed). */
export function normalizeCorporateNumber(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s\-‐－ー]/g, '');
}

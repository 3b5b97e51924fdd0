import type { Application } from '../schemas/application';
import type { Client } from '../schemas/client';
import { LEGAL_FORM_NAMES } from '../schemas/client';
import type { FactKey } from '../templates/schema';
import { yen } from '../format/numbers';
import { latestActualIndex } from './fiscalYears';

/** One fact of the 事業者 or the plan the form asks: its label, the value as printed, and as typed into the e-application. */
export interface FactValue {
  key: Exclude<FactKey, 'plan.keieiJokyo'>;
  label: string;
  /** As printed (with commas), '' when not known. */
  text: string;
  /** As typed into the e-application (digits only for numbers), '' when not known. */
  copy: string;
  unit: string;
}

const LABELS: Record<FactValue['key'], { label: string; unit: string }> = {
  'client.nameKana': { label: '名称（フリガナ）', unit: '' },
  'client.name': { label: '名称（商号又は屋号）', unit: '' },
  'client.corporateNumber': { label: '法人番号（13桁）', unit: '' },
  'client.homepageUrl': { label: '自社ホームページのURL', unit: '' },
  'client.contactKana': { label: '連絡担当者（フリガナ）', unit: '' },
  'client.contactName': { label: '連絡担当者 氏名', unit: '' },
  'client.contactTitle': { label: '連絡担当者 役職', unit: '' },
  'client.address': { label: '連絡担当者 住所', unit: '' },
  'client.phone': { label: '電話番号', unit: '' },
  'client.email': { label: 'E-mailアドレス', unit: '' },
  'client.representative': { label: '代表者氏名', unit: '' },
  'client.legalForm': { label: '事業形態', unit: '' },
  'client.industry': { label: '業種', unit: '' },
  'client.prefecture': { label: '所在地（都道府県）', unit: '' },
  'client.employeeCount': { label: '常時使用する従業員数', unit: '人' },
  'client.capitalYen': { label: '資本金・出資金', unit: '円' },
  'client.capitalManYen': { label: '資本金額', unit: '万円' },
  'client.foundedYear': { label: '創業・設立年（西暦）', unit: '年' },
  'latest.uriageDaka': { label: '直近1期（1年間）の売上高', unit: '円' },
  'latest.uriageSoRieki': { label: '直近1期（1年間）の売上総利益', unit: '円' },
  'latest.keijoRieki': { label: '直近1期（1年間）の経常利益', unit: '円' },
};

const num = (n: number | null | undefined): { text: string; copy: string } =>
  n === null || n === undefined || !Number.isFinite(n) ? { text: '', copy: '' } : { text: yen(n), copy: String(Math.trunc(n)) };
const str = (s: string | null | undefined): { text: string; copy: string } => ({ text: s?.trim() ?? '', copy: s?.trim() ?? '' });

function valueOf(key: FactValue['key'], client: Client, app: Application): { text: string; copy: string } {
  const years = app.financialPlan.years;
  const latest = years[latestActualIndex(years)];
  switch (key) {
    case 'client.nameKana':
      return str(client.nameKana);
    case 'client.name':
      return str(client.name);
    case 'client.corporateNumber':
      return client.legalForm === 'kojin' ? { text: 'なし', copy: 'なし' } : str(client.corporateNumber); // 個人事業主は「なし」と明記（様式2 ※1）
    case 'client.homepageUrl':
      return str(client.homepageUrl);
    case 'client.contactKana':
      return str(client.contactKana);
    case 'client.contactName':
      return str(client.contactName);
    case 'client.contactTitle':
      return str(client.contactTitle);
    case 'client.address': {
      const zip = client.postalCode.trim();
      const where = client.address.trim();
      return { text: [zip && `〒${zip}`, where].filter(Boolean).join(' '), copy: where };
    }
    case 'client.phone':
      return str(client.phone);
    case 'client.email':
      return str(client.email);
    case 'client.representative':
      return str(client.representative);
    case 'client.legalForm':
      return str(LEGAL_FORM_NAMES[client.legalForm]);
    case 'client.industry':
      return str(client.industry);
    case 'client.prefecture':
      return str(client.prefecture);
    case 'client.employeeCount':
      return num(client.employeeCount);
    case 'client.capitalYen':
      return client.legalForm === 'kojin' && client.capitalYen === null ? { text: '', copy: '' } : num(client.capitalYen);
    case 'client.capitalManYen':
      return num(client.capitalYen === null ? null : Math.trunc(client.capitalYen / 10_000));
    case 'client.foundedYear':
      return client.foundedYear === null ? { text: '', copy: '' } : { text: String(client.foundedYear), copy: String(client.foundedYear) };
    case 'latest.uriageDaka':
      return num(latest?.uriageDaka);
    case 'latest.uriageSoRieki':
      return num(latest && latest.uriageDaka !== null && latest.uriageGenka !== null ? latest.uriageDaka - latest.uriageGenka : null);
    case 'latest.keijoRieki':
      return num(latest?.keijoRieki);
  }
}

/** The facts a section (or item) names, in its order; plan.keieiJokyo is a table of its own (keieiJokyo.ts). */
export function factValues(keys: readonly FactKey[], client: Client, app: Application): FactValue[] {
  return keys.flatMap((key) => (key === 'plan.keieiJokyo' ? [] : [{ key, ...LABELS[key], ...valueOf(key, client, app) }]));
}

/** The fact as one printed cell: 「18 人」「1,000 万円」. */
export const factText = (f: FactValue): string => (f.text === '' ? '' : f.unit && f.unit !== '年' ? `${f.text} ${f.unit}` : f.text);

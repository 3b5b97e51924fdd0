import type { Template } from '../templates/template';
import type { FactKey } from '../templates/schema';
import type { FindingList } from './context';
import type { ApplicantFacts, CheckContext } from './types';

/**
 * The 応募者の概要 items a form asks and the secretariat needs to reach the firm (持続化 様式2: 名称のフリガナ,
 * 自社ホームページのURL or 「なし」, 連絡担当者, 住所, 電話番号, 代表者). They live on the client record, so the
 * finding says where to type them. 法人番号, 役職 and E-mail are left to the advisor (not every firm has them).
 */
const NEEDED: Partial<Record<FactKey, { key: keyof ApplicantFacts; label: string }>> = {
  'client.nameKana': { key: 'nameKana', label: '名称のフリガナ' },
  'client.homepageUrl': { key: 'homepageUrl', label: '自社ホームページのURL（無ければ「なし」）' },
  'client.contactName': { key: 'contactName', label: '連絡担当者の氏名' },
  'client.contactKana': { key: 'contactKana', label: '連絡担当者のフリガナ' },
  'client.address': { key: 'address', label: '住所' },
  'client.phone': { key: 'phone', label: '電話番号' },
  'client.representative': { key: 'representative', label: '代表者の氏名' },
};

export function checkApplicant(t: Template, ctx: CheckContext, out: FindingList): void {
  const a = ctx.applicant;
  if (!a) return; // the caller did not pass the client (a check of the text alone)
  for (const section of t.sections) {
    const missing = (section.facts ?? []).flatMap((k) => {
      const need = NEEDED[k];
      return need && !(a[need.key] ?? '').trim() ? [need.label] : [];
    });
    if (missing.length === 0) continue;
    out.add({
      id: `applicant:${section.id}`,
      kind: 'required',
      severity: 'warning',
      sectionId: section.id,
      message: `応募者の概要で未入力の項目があります：${missing.join('・')}。事業者の「基本情報を編集」で入力すると、様式と転記シートに入ります。`,
    });
  }
}

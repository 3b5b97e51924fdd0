import type { NumericRule } from '../rules/schema';
import { choiceValues } from './context';
import { ruleFinding, type NumericEnv } from './numericEnv';

/**
 * 小規模事業者 status derived from the client's 業種 and 従業員数 (中小企業基本法 第2条第5項: 商業・サービス業
 * 5人以下, 製造業その他 20人以下; 宿泊業・娯楽業 20人以下 by 政令 for the subsidy programs). A claim the facts
 * contradict is flagged; a firm that qualifies without claiming it is told what it leaves on the table.
 */
type Rule = Extract<NumericRule, { kind: 'smallBusinessClaim' }>;
export type IndustryClass = 'shogyoService' | 'shukuhakuGoraku' | 'seizoSonota';

const CLASS_NAMES: Record<IndustryClass, string> = { shogyoService: '商業・サービス業', shukuhakuGoraku: '宿泊業・娯楽業', seizoSonota: '製造業その他' };

/** The class of a typed 業種 (null when it cannot be told). Lodging/amusement before services; manufacturing words first. */
export function industryClass(text: string | null | undefined): IndustryClass | null {
  const t = (text ?? '').normalize('NFKC');
  if (!t.trim()) return null;
  if (/製造|製作|工場|加工|縫製|建設|工務店|建築|土木|工事|運輸|運送|物流|倉庫|農業|林業|漁業|不動産|電気業|ガス|情報通信|ソフトウェア/u.test(t)) return 'seizoSonota';
  if (/宿泊|旅館|ホテル|民宿|娯楽|遊技|カラオケ|ゲームセンター|ボウリング|映画館|劇場/u.test(t)) return 'shukuhakuGoraku';
  if (/卸|小売|商店|販売|飲食|食堂|レストラン|カフェ|喫茶|居酒屋|サービス|美容|理容|クリーニング|教室|塾|介護|医療|士業|事務所|設計|デザイン/u.test(t)) return 'shogyoService';
  return null;
}

export function checkSmallBusinessClaim(env: NumericEnv, rule: Rule): void {
  const cls = industryClass(env.ctx.industry);
  const employees = env.ctx.employeeCount ?? env.shape.base?.jugyoinSu ?? null;
  if (cls === null || employees === null) return;
  const limit = rule.limits[cls];
  const claims = choiceValues(env.app, 'kihon', rule.field).includes(rule.yesValue);
  const at = { sectionId: 'kihon', fieldId: rule.field };
  const facts = `業種「${env.ctx.industry ?? ''}」（${CLASS_NAMES[cls]}：${limit}人以下）・従業員${employees}人`;
  if (claims && employees > limit) {
    env.out.add({ ...ruleFinding(env, rule, 'contradicted', `${facts}では小規模事業者に当たりません。「${rule.title}」の選択を見直してください（小規模事業者の補助率・特例は使えません）。再生事業者として該当する場合は、その根拠を確認してください。`), ...at });
  } else if (!claims && employees <= limit) {
    env.out.add({ ...ruleFinding(env, rule, 'unclaimed', `${facts}は小規模事業者に当たる可能性があります。該当すれば補助率などが有利になります。「${rule.title}」を確認してください。`, 'hint'), ...at });
  }
}

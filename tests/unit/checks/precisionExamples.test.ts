import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../../shared/checks/index';
import type { AspectId } from '../../../shared/templates/schema';
import { ids, makeApp, realTemplate, year } from './helpers';

/**
 * Precision measured on the secretariat's 記載例 (持続化 一般型・創業型): ways those plans write a target, a market,
 * customers, who does the work and when, that the checks must read — and the weak drafts they must still flag.
 * Every sentence here is written for this test.
 */
const t = realTemplate('jizokuka-20');

function aspect(content: Record<string, Record<string, string>>, criterionId: string, aspectId: AspectId) {
  const r = checkApplication(t, makeApp(t, { content }));
  const a = r.coverage.find((c) => c.criterionId === criterionId)?.aspects.find((x) => x.aspectId === aspectId);
  if (!a) throw new Error(`${criterionId}.${aspectId} not in the report`);
  return a;
}
const hoshin = (text: string) => aspect({ keieiHoshin: { keieiHoshin: text } }, 'keieiHoshinTekisetsu', 'suchiMokuhyo');
const hanro = (text: string, criterionId: string, aspectId: AspectId) => aspect({ hanroKaitaku: { hanroKaitaku: text } }, criterionId, aspectId);

describe('数値目標 as the 記載例 write it', () => {
  it('a target table: a target heading, 単位 in 円, a row of years, the figures', () => {
    const a = hoshin('▼今後3年間の売上目標\n（単位：千円）\n2026年度 2027年度 2028年度\n店舗売上 8,200 9,000 9,900\n通販売上 1,100 1,600 2,300');
    expect(a.covered).toBe(true);
    expect(a.evidence?.phrase).toContain('単位');
    // pasted from a PDF or Word: blank lines between the rows
    expect(hoshin('■売り上げ目標\n（単位：円）\n\n2026 年度 2027 年度 2028 年度\n\n売上金額 20,000,000 24,000,000 28,000,000\n\n売上総利益 11,000,000 13,500,000 16,000,000').covered).toBe(true);
    // the same kind of table under a history heading is not a target
    expect(hoshin('▼これまでの売上の推移\n（単位：千円）\n2022年度 2023年度 2024年度\n店舗売上 7,100 7,600 8,000\nこれからも地域に親しまれる店を目指したい。').covered).toBe(false);
  });

  it('a sentence in the past tense under a target heading is history, not a target', () => {
    expect(hoshin('◆客数の回復を目指す\n・2021年は来店客が前の年より40%減った。').covered).toBe(false);
    expect(hoshin('◆客数の回復を目指す\n・2021年は来店客が前の年より40%減ったが、2027年度には1日60人まで戻す。').covered).toBe(true);
    expect(hoshin('◆客数の回復を目指す\n・2027年度に来店客を1日60人にする。').covered).toBe(true);
  });
});

describe('市場・顧客・強み・競合 in the words the 記載例 use', () => {
  it('a market named as a heading (【〇〇市場】) with its trend', () => {
    const a = aspect({ kokyakuNeeds: { kokyakuNeeds: '【観光バス市場】大型の団体旅行は縮む一方で、家族や友人だけの少人数の旅行が広がっている。' } }, 'keieiHoshinTekisetsu', 'shijoKibo');
    expect(a.covered).toBe(true);
    expect(aspect({ kokyakuNeeds: { kokyakuNeeds: '家族や友人だけの少人数の旅行が広がっている。' } }, 'keieiHoshinTekisetsu', 'shijoKibo').covered).toBe(false);
    expect(aspect({ kokyakuNeeds: { kokyakuNeeds: '鮮魚は毎朝（地方卸売市場）で仕入れている。' } }, 'keieiHoshinTekisetsu', 'shijoKibo').covered).toBe(false);
  });

  it('who the customers are and what they buy (居住地, 購入品) is customer analysis', () => {
    const needs = (text: string) => aspect({ kokyakuNeeds: { kokyakuNeeds: text } }, 'keieiHoshinTekisetsu', 'kokyakuNeeds').covered;
    expect(needs('昨年の売上で見た顧客の居住地は、隣の2町で7割になる。')).toBe(true);
    expect(needs('＜購入品の傾向＞焼き菓子の詰め合わせが全体の4割を占める。')).toBe(true);
    expect(needs('店は駅から遠く、駐車場は3台分しかない。')).toBe(false);
    expect(needs('本事業での購入品は業務用オーブン1台である。')).toBe(false);
  });

  it('the firm building on its own appeal (当館の魅力) or an advantage over the firms nearby shows its strength in the 取組', () => {
    expect(hanro('当館の魅力である夕日の眺めを前面に出した案内を作る。', 'kisoShutaisei', 'tsuyomi').covered).toBe(true);
    expect(hanro('周辺のクリーニング店よりも早い翌朝仕上げを案内に載せる。', 'kisoShutaisei', 'tsuyomi').covered).toBe(true);
    expect(hanro('案内を作って配る。', 'kisoShutaisei', 'tsuyomi').covered).toBe(false);
    expect(hanro('近隣の住民より要望があった案内を作る。', 'kisoShutaisei', 'tsuyomi').covered).toBe(false);
  });

  it('a comparison with the firms nearby is a comparison with competitors', () => {
    expect(hanro('周辺のリフォーム会社よりも短い工期で仕上げる点を前面に出す。', 'hojoJigyoYukosei', 'kyogoSabetsuka').covered).toBe(true);
    expect(hanro('以前よりも短い工期で仕上げる。', 'hojoJigyoYukosei', 'kyogoSabetsuka').covered).toBe(false);
  });
});

describe('実施体制 and スケジュール in the 取組', () => {
  it('an outside firm the work is ordered from, or the firm itself, is who does it; flyers put on a counter are not staff', () => {
    const who = (text: string) => hanro(text, 'kisoNoryoku', 'jisshiTaisei').covered;
    expect(who('看板の製作と取り付けは地元の看板店に外注する。')).toBe(true);
    expect(who('写真撮影は撮影業者にカタログ用の撮影を依頼する。')).toBe(true);
    expect(who('棚の組み立ては自前で行う。')).toBe(true);
    expect(who('受付カウンターにチラシを300枚配置する。')).toBe(false);
    expect(who('店長を配置して予約を受け付ける。')).toBe(true);
  });

  it('a month written as 2026.10 in a publication plan, or a named period, is a schedule', () => {
    const when = (text: string) => hanro(text, 'hojoJigyoYukosei', 'schedule').covered;
    expect(when('広告の掲載予定：地域情報誌 2026.10／2026.12／2027.2')).toBe(true);
    expect(when('チラシの配布期間は秋の行楽シーズンとする。')).toBe(true);
    expect(when('チラシを配る。広告も出す。')).toBe(false);
    expect(when('○月に○○を作り、○月から配る。')).toBe(false);
  });
});

describe('a plan-table row pasted into a text is compared column by column', () => {
  const years = [
    year('直近期', 'actual', { uriageDaka: 30_000_000 }),
    year('1年後（補助事業終了時）', 'plan', { uriageDaka: 32_000_000 }),
    year('2年後（事業効果報告時）', 'plan', { uriageDaka: 35_000_000 }),
  ];
  const run = (text: string) => ids(checkApplication(t, makeApp(t, { content: { kigyoGaiyo: { kigyoGaiyo: text } }, years }))).filter((i) => i.startsWith('consistency:amount'));

  it('older years under a calendar header are history the table does not hold: quiet', () => {
    expect(run('【業績】\n2022年度 2023年度 2024年度\n売上高 2,400万円 2,700万円 3,000万円')).toEqual([]);
  });

  it('calendar columns are placed by the column that holds the 直近期 figure; a later column that differs is flagged', () => {
    expect(run('【業績と計画】\n2024年度 2025年度 2026年度\n売上高 3,000万円 3,200万円 4,000万円')).toEqual(['consistency:amount:kigyoGaiyo.kigyoGaiyo:uriageDaka:40000000']);
  });

  it('a header of 直近期・n年後 compares each figure with its own year only', () => {
    // 3,200万円 under 2年後 differs from 3,500万円 even though it equals 1年後
    expect(run('直近期 1年後 2年後\n売上高 3,000万円 3,500万円 3,200万円')).toEqual([
      'consistency:amount:kigyoGaiyo.kigyoGaiyo:uriageDaka:35000000',
      'consistency:amount:kigyoGaiyo.kigyoGaiyo:uriageDaka:32000000',
    ]);
  });

  it('without a header that fits, a row is read as before (each figure against every year)', () => {
    expect(run('売上高 3,000万円 3,900万円')).toEqual(['consistency:amount:kigyoGaiyo.kigyoGaiyo:uriageDaka:39000000']);
  });
});

import { z } from 'zod';

/**
 * The industries of METI's ローカルベンチマーク・ツール (sheet 「業種平均」): 14 大分類 split into 27 小分類,
 * each with a table for 中規模事業者 and one for 小規模事業者. Codes and names as the tool writes them
 * ("0306_その他の製造業"; 「保険衛生」 is the tool's own spelling). Only the classification lives here;
 * the values are loaded from the advisor's copy of the tool (electron/lokaben/benchmarkImport.ts).
 *
 * `hoKubun` is the 中小企業基本法 (第2条第5項) category that decides the 小規模企業者 threshold
 * (sizeRule.ts): 商業 = 卸売業・小売業 (飲食店は小売業), サービス業, and 製造業その他 for the rest
 * (建設業, 運輸業, 不動産業, エネルギー, 農業 …).
 */
export const SHOBUNRUI_IDS = [
  '0101', '0201', '0301', '0302', '0303', '0304', '0305', '0306', '0401', '0402', '0403', '0404', '0501', '0601',
  '0701', '0801', '0901', '1001', '1002', '1003', '1004', '1005', '1006', '1101', '1201', '1301', '1400',
] as const;
export const ShobunruiId = z.enum(SHOBUNRUI_IDS);
export type ShobunruiId = z.infer<typeof ShobunruiId>;

export type HoKubun = 'seizoSonota' | 'shogyo' | 'service';

export interface Shobunrui {
  id: ShobunruiId;
  name: string;
  daibunruiId: string;
  daibunruiName: string;
  hoKubun: HoKubun;
}

/** 大分類 code → name, as in the tool. */
export const DAIBUNRUI_NAMES: Readonly<Record<string, string>> = {
  '01': '農業',
  '02': '建設業',
  '03': '製造業',
  '04': '卸売業',
  '05': '小売業',
  '06': '飲食業',
  '07': '不動産業',
  '08': '運輸業',
  '09': 'エネルギー',
  '10': 'サービス業',
  '11': '医療業',
  '12': '保険衛生、廃棄物処理業',
  '13': '観光業',
  '14': 'その他',
};

const S = (id: ShobunruiId, name: string, hoKubun: HoKubun): Shobunrui => {
  const daibunruiId = id.slice(0, 2);
  return { id, name, daibunruiId, daibunruiName: DAIBUNRUI_NAMES[daibunruiId] ?? '', hoKubun };
};

export const SHOBUNRUI: readonly Shobunrui[] = [
  S('0101', '農業', 'seizoSonota'),
  S('0201', '建設業', 'seizoSonota'),
  S('0301', '食料品・飼料・飲料製造業', 'seizoSonota'),
  S('0302', '化学工業・関連製品製造業', 'seizoSonota'),
  S('0303', '鉄鋼業、非鉄金属製造業', 'seizoSonota'),
  S('0304', '金属製品製造業', 'seizoSonota'),
  S('0305', '一般・電気機械器具製造業', 'seizoSonota'),
  S('0306', 'その他の製造業', 'seizoSonota'),
  S('0401', '化学製品卸売業', 'shogyo'),
  S('0402', '繊維関連製品卸売業', 'shogyo'),
  S('0403', '食料品卸売業', 'shogyo'),
  S('0404', 'その他の卸売業', 'shogyo'),
  S('0501', '小売業', 'shogyo'),
  S('0601', '飲食業', 'shogyo'),
  S('0701', '不動産業', 'seizoSonota'),
  S('0801', '運輸業', 'seizoSonota'),
  S('0901', 'エネルギー', 'seizoSonota'),
  S('1001', '物品賃貸業', 'service'),
  S('1002', '娯楽業', 'service'),
  S('1003', '広告・調査・情報サービス業', 'service'),
  S('1004', '事業サービス業', 'service'),
  S('1005', '専門サービス業', 'service'),
  S('1006', 'その他のサービス業', 'service'),
  S('1101', '医療業', 'service'),
  S('1201', '保険衛生、廃棄物処理業', 'service'),
  S('1301', '観光業', 'service'),
  S('1400', 'その他業種', 'seizoSonota'),
];

export function shobunrui(id: ShobunruiId): Shobunrui {
  const s = SHOBUNRUI.find((x) => x.id === id);
  if (!s) throw new Error(`unknown 小分類 ${id}`);
  return s;
}

/** The two sizes the tool keeps a table for. */
export const KIBO_IDS = ['chukibo', 'shokibo'] as const;
export const KiboId = z.enum(KIBO_IDS);
export type KiboId = z.infer<typeof KiboId>;
export const KIBO_NAMES: Record<KiboId, string> = { chukibo: '中規模事業者', shokibo: '小規模事業者' };

/**
 * Words in a client's free-text 業種 that point to a 小分類 (first match wins, in this order: the
 * specific before the general, 卸 before the goods it sells, 製造 of food before food service).
 * The advisor confirms the guess.
 */
const has = (...words: string[]) => new RegExp(words.join('|'));
const both = (a: RegExp, b: RegExp) => ({ test: (s: string) => a.test(s) && b.test(s) });
const WHOLESALE = /卸|商社/;
const MAKING = /製造|加工|醸造|酒造|製菓|製パン|工場|メーカー/;

const SHOBUNRUI_KEYWORDS: [ShobunruiId, { test(s: string): boolean }][] = [
  ['0401', both(WHOLESALE, has('化学', '薬品', '医薬', '化粧品', '塗料', '樹脂'))],
  ['0402', both(WHOLESALE, has('繊維', '衣料', '衣服', 'アパレル', '呉服', '寝具', '生地'))],
  ['0403', both(WHOLESALE, has('食品', '食料', '青果', '鮮魚', '水産', '酒類', '米穀', '飲料', '精肉', '乳製品'))],
  ['0404', WHOLESALE],
  ['0301', both(MAKING, has('食品', '食料', '飲料', '飼料', '菓子', 'パン', '酒', '醤油', '味噌', '豆腐', '麺', '水産', '惣菜', '弁当'))],
  ['0302', both(MAKING, has('化学', '化粧品', '塗料', '医薬品', '樹脂', '薬品'))],
  ['0303', has('鉄鋼', '製鉄', '非鉄', '鋳造', '鋳物', '鍛造', '伸銅', '精錬')],
  ['0304', has('金属製品', '金属加工', '板金', '製缶', 'めっき', 'メッキ', '金型', '溶接', 'ねじ', 'ボルト')],
  ['0305', both(MAKING, has('機械', '電気', '電子', '機器', '装置', '器具'))],
  ['0306', has('製造', '製作所', '工場', '加工', 'メーカー', '縫製', 'ODM', 'OEM', '二次製品', '印刷')],
  ['1005', has('設計事務所', '建築設計', '税理士', '会計事務所', '社会保険労務士', '社労士', '行政書士', '司法書士', '弁護士', '士業', 'コンサル', 'デザイン事務所', '測量', '専門サービス')],
  ['0201', has('建設', '工務店', '建築', '土木', '塗装', '内装', 'リフォーム', '設備工事', '電気工事', '管工事', '水道工事', '左官', '大工', '解体', '造園', '屋根', '防水', '外構', '舗装')],
  ['0601', has('飲食', '食堂', 'レストラン', '居酒屋', 'カフェ', '喫茶', 'ラーメン', '寿司', '鮨', 'そば', 'うどん', '焼肉', 'バー', 'ケータリング', '料理店')],
  ['1301', has('観光', '宿泊', '旅館', 'ホテル', '民宿', 'ペンション', '旅行')],
  ['0501', has('小売', '販売店', '商店', 'スーパー', 'コンビニ', '薬局', 'ドラッグ', '書店', '通販', 'ネットショップ', '専門店', '酒店', '鮮魚店', '精肉店', '青果店')],
  ['0701', has('不動産', '宅建', 'マンション管理', '貸家', '貸ビル')],
  ['0801', has('運輸', '運送', '物流', '倉庫', '郵便', 'タクシー', 'バス', 'トラック', '配送', '引越')],
  ['0901', has('電気業', '電力', '発電', 'ガス', '熱供給', '水道', '燃料')],
  ['1001', has('リース', 'レンタル', '物品賃貸')],
  ['1002', has('娯楽', 'ゴルフ', 'ボウリング', 'カラオケ', 'フィットネス', 'スポーツ施設', '映画館', 'ゲームセンター', 'パチンコ', '遊園地')],
  ['1003', has('広告', '調査', '情報サービス', '情報処理', 'ソフトウェア', 'システム開発', 'IT', 'ウェブ', 'Web', 'WEB', 'ホームページ制作', 'アプリ開発')],
  ['1004', has('事業サービス', '警備', 'ビルメンテナンス', 'ビル管理', '人材派遣', '職業紹介', 'コールセンター', 'テレマーケティング')],
  ['1201', has('廃棄物', '産廃', 'リサイクル', '清掃', '保健衛生', '衛生')],
  ['1101', has('医療', '病院', '診療', 'クリニック', '歯科', '整骨', '接骨', '鍼灸', '介護', '福祉', '保育')],
  ['1006', has('美容', '理容', '理髪', 'クリーニング', 'エステ', '浴場', '冠婚葬祭', '葬儀', '写真', '教育', '学習', '塾', 'スクール', '教室', '整備', '修理', 'サービス')],
  ['0101', has('農業', '農園', '農場', '畜産', '酪農', '養鶏', '養豚', '栽培', '林業', '漁業')],
];

/** Best guess of the 小分類 for a client's 業種 text (the advisor confirms it), or null. */
export function guessShobunrui(gyoshu: string): ShobunruiId | null {
  const t = gyoshu.normalize('NFKC');
  for (const [id, re] of SHOBUNRUI_KEYWORDS) if (re.test(t)) return id;
  return null;
}

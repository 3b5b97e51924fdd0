/**
 * Plan-like Japanese for the similarity bench: sentences from a few dozen patterns with slots filled
 * from vocabularies, so that every client's text differs (as real plans do) while the patterns' fixed
 * words recur everywhere (as 定型文 do). Deterministic (seeded).
 */

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEAD = ['北', '南', '東', '西', '中', '上', '下', '新', '本', '大', '小', '高', '若', '桜', '緑', '青', '松', '竹', '梅', '柳'];
const TAIL = ['町', '台', '浜', '野', '原', '川', '沢', '山', '田', '橋', '崎', '島', '里', '森', '坂'];
const PLACES = HEAD.flatMap((h) => TAIL.map((t) => `${h}${t}`));
const INDUSTRIES = ['工務店', '洋菓子店', '製麺所', '美容室', '金属加工業', '印刷業', '旅館', '精肉店', '鮮魚店', '花店', '酒店', '茶舗', '豆腐店', '自動車整備業', '塗装業', '板金業', '造園業', '家具製造業', '縫製業', '写真館', '学習塾', '整骨院', '喫茶店', '和菓子店', 'パン製造業', '青果店', '電気工事業', '設備工事業', 'クリーニング店', '眼鏡店', '時計店', '書店', '文具店', '畳店', '表具店', '陶器製造業', '酒造業', '味噌製造業', '漬物製造業', '民宿'];
const PRODUCTS = ['季節限定の焼き菓子', '手打ちの生麺', '住宅の断熱改修', '頭皮ケアの施術', '精密な切削部品', '小ロットの名入れ印刷', '地元食材の会席料理', '熟成肉の量り売り', '朝どれの鮮魚', 'ブーケの定期便', '地酒の飲み比べセット', '深蒸しの煎茶', '手作りの寄せ豆腐', '車検と板金修理', '外壁の塗り替え', '雨漏りの修理', '庭木の剪定', '無垢材のテーブル', '肌に優しい肌着', '家族写真の撮影', '個別指導の授業', '骨盤矯正の施術', '自家焙煎のコーヒー', '季節の上生菓子', '天然酵母のパン', '産地直送の野菜', '太陽光発電の設置', '給湯器の交換', '着物の丸洗い', '遠近両用の眼鏡', '腕時計の修理', '地域の郷土史の本', 'オリジナルの手帳', '縁なしの琉球畳', '掛け軸の修復', '手びねりの器', '純米吟醸酒', '麦みそ', '浅漬け', '素泊まりの宿泊'];
const CUSTOMERS = ['近隣の家族客', '地元の飲食店', '観光客', '高齢の単身世帯', '子育て世帯', '市内の製造業者', '法人の贈答需要', '県外の通販客', '若い女性客', 'OB顧客', '近隣の病院や施設', '建設会社', '学校や公民館', '常連の年配客', '外国人旅行者'];
const MONTHS = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];

const ADJECTIVES = ['季節限定の', '手作りの', '地元産の', '無添加の', '職人仕上げの', '小ロットの', '高齢者向けの', '子ども向けの', '贈答用の', '業務用の', '低価格の', '高級な', '昔ながらの', '新しい', '特注の', '定期便の'];
const STRENGTH_BY = ['熟練職人による', '創業以来続く', '自社で一貫した', '国家資格者による', '産地と直結した', '地域で唯一の', '独自に改良した', '女性スタッフによる', '三代にわたる', '夜間にも対応する', '少量から受ける', '長年蓄積した'];
const STRENGTH_WHAT = ['手仕上げの品質', '顧客名簿と信頼', '製造工程', '技術提案', '仕入れ', '修理体制', '配合と製法', '丁寧な接客', '施工実績', '短納期の対応', '柔軟な受注', 'アフターサービス'];
const ISSUE_WHAT = ['新規顧客', '繁忙期の人手', '原材料費', '設備の老朽化', '受注の季節変動', '価格競争', '後継者', '見積の速さ', '認知度', 'ネット販売', '作業の属人化', '在庫管理', '客単価', 'リピート率', '配送コスト'];
const ISSUE_HOW = ['の確保', 'への対応', 'の改善', 'の見直し', 'の不足', 'の低さ', 'の遅れ', 'の悪化'];
const OBJECTS = ['ホームページ', '地区別のチラシ', '展示会のブース', '新しい加工機', '予約システム', '店舗の売場', 'ネットショップ', 'SNS広告', '試食会', '袖看板', '顧客管理ソフト', '包装資材', '体験教室', '商品パンフレット', '配送用の車両', '見積ソフト', '作業場の動線', '検査装置', 'ポイントカード', '動画広告'];
const VERBS = ['を新しく作る', 'を導入する', 'を刷新する', 'を整える', 'を始める', 'に切り替える', 'を増やす', 'を見直す'];

type Pick = <T>(xs: readonly T[]) => T;

/** What one client's plan keeps talking about: its own place, trade, products, customers, strengths. */
export interface Profile {
  place: string;
  industry: string;
  products: string[];
  customers: string[];
  strengths: string[];
  issues: string[];
  measures: string[];
}

const KANA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン';

/** A brand name of the client's own (plans name their products): three or four katakana. */
const brand = (r: () => number) => Array.from({ length: 3 + Math.floor(r() * 2) }, () => KANA[Math.floor(r() * KANA.length)]).join('');

export function profile(r: () => number): Profile {
  const p: Pick = (xs) => xs[Math.floor(r() * xs.length)]!;
  const times = <T>(n: number, f: () => T) => Array.from({ length: n }, f);
  return {
    place: p(PLACES),
    industry: p(INDUSTRIES),
    products: times(3, () => `「${brand(r)}」の${p(ADJECTIVES)}${p(PRODUCTS)}`),
    customers: times(3, () => `${p(PLACES)}の${p(CUSTOMERS)}`),
    strengths: times(3, () => `${p(STRENGTH_BY)}${p(STRENGTH_WHAT)}（${5 + Math.floor(r() * 40)}年）`),
    issues: times(3, () => `${p(ISSUE_WHAT)}${p(ISSUE_HOW)}`),
    measures: times(4, () => `${p(OBJECTS)}${p(VERBS)}`),
  };
}

type Slots = { p: Pick; n: (lo: number, hi: number) => number; f: Profile };

/** Sentence patterns; each has a few wordings, as people phrase the same thing differently. */
const PATTERNS: ((s: Slots) => string)[] = [
  ({ p, n, f }) => `${p(['当社は', '弊社は', '当店は'])}${n(1950, 2020)}年に${f.place}で${p(['創業した', '開業した', '設立した'])}${f.industry}で、${p(f.products)}を${p(['主力としている', '看板商品としている', '中心に扱っている'])}。`,
  ({ p, n, f }) => `${p(['従業員は', '社員は', 'スタッフは'])}${n(2, 20)}名で、${p(['代表を含む', 'うち', 'このうち'])}${n(1, 5)}名が${p(f.products)}を${p(['担当している', '受け持つ', '手がける'])}。`,
  ({ p, n, f }) => `${p(['直近期の', '前期の', '昨年度の'])}売上高は${n(1000, 30000).toLocaleString('ja-JP')}万円で、${p(f.products)}が${n(2, 8)}割を占める。`,
  ({ p, f }) => `${p(['主な顧客は', '顧客の中心は', 'お客様の多くは'])}${p(f.customers)}と${p(f.customers)}で、${p(['紹介による来店が多い', 'リピートが多い', '口コミで広がっている'])}。`,
  ({ p, f }) => `${p(['強みは', '当社の強みは', '他社にない強みは'])}${p(f.strengths)}と${p(f.strengths)}${p(['である', 'にある', 'だと考えている'])}。`,
  ({ p, n, f }) => `${p(['一方で', 'しかし', 'ただし'])}${p(f.issues)}が${p(['課題で', '悩みで', '弱みで'])}、${p(MONTHS)}から${p(MONTHS)}は受注の${n(2, 6)}割を${p(['断っている', '見送っている', '逃している'])}。`,
  ({ p, f }) => `${p(PLACES)}では${p(f.customers)}が${p(['増えており', '目立っており', '伸びており'])}、${p(f.products)}への${p(['関心が高い', '需要がある', '問い合わせが続く'])}。`,
  ({ p, n, f }) => `${p(['当社のアンケート', '来店客への聞き取り', '取引先への調査'])}（${n(30, 300)}件）では、${p(f.products)}を求める声が${n(20, 80)}%だった。`,
  ({ p, f }) => `競合は${p(PLACES)}の${f.industry}${p(['だが', 'であるが', 'となるが'])}、${p(f.strengths)}で${p(['差別化できる', '優位に立てる', '選ばれている'])}。`,
  ({ p, f }) => `${p(['そこで本事業では', '本事業では', 'このため'])}、${p(f.measures)}ことで${p(f.issues)}に${p(['取り組む', '対応する', '手を打つ'])}。`,
  ({ p, n, f }) => `${p(['あわせて', 'また', 'さらに'])}${p(f.measures)}ことで、${p(f.customers)}との取引を年${n(20, 400)}件${p(['増やす', '伸ばす', '上積みする'])}。`,
  ({ p, n, f }) => `${p(MONTHS)}までに${p(f.measures)}準備を終え、${p(MONTHS)}から${p(f.products)}を${p(['売り出す', '販売する', '提供する'])}。費用は${n(30, 900)}万円を見込む。`,
  ({ p, n, f }) => `${p(['これにより', 'この取組で', '結果として'])}${p(f.products)}の売上を${n(3, 5)}年後に${n(200, 5000).toLocaleString('ja-JP')}万円${p(['まで伸ばす', 'にする', 'へ引き上げる'])}。`,
  ({ p, n, f }) => `${p(f.issues)}${p(['については', 'は', 'に対しては'])}、${p(f.strengths)}を生かして${n(1, 3)}年以内に${p(['解消する', '改善する', '目途をつける'])}。`,
  ({ p, f }) => `${p(['代表は', '社長は', '店主は'])}${f.place}の${p(['商工会の青年部', '商店会', '業界団体'])}に所属し、${p(f.customers)}とのつながりを持つ。`,
  ({ p, n, f }) => `${p(f.products)}の単価は${n(500, 90000).toLocaleString('ja-JP')}円で、粗利率は${n(15, 65)}%${p(['である', 'ほど', '前後'])}。`,
  ({ p, f }) => `${p(['今後は', 'これからは', '次の段階では'])}${p(f.customers)}向けに${p(f.products)}を${p(['組み合わせた提案を行う', 'セットで売り込む', '試してもらう'])}。`,
  ({ p, n, f }) => `${p(f.measures)}取組は${n(2019, 2025)}年にも${p(['試みたが', '始めたが', '検討したが'])}、${p(f.issues)}のため${p(['続かなかった', '途中でやめた', '実現しなかった'])}。`,
  ({ p, f }) => `補助事業終了後も${p(f.measures)}ことを続け、${p(f.customers)}に${p(['選ばれる', '頼られる', '愛される'])}${f.industry}を目指す。`,
  ({ p, n, f }) => `${p(f.strengths)}を${p(['支えるため', '守るため', '次代に残すため'])}、${n(1, 4)}名の採用と技能の引き継ぎを${p(['計画している', '進める', '予定している'])}。`,
];

/** A paragraph of `sentences` sentences about the client of `f`. */
export function paragraph(r: () => number, f: Profile, sentences: number): string {
  const p: Pick = (xs) => xs[Math.floor(r() * xs.length)]!;
  const n = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  let out = '';
  for (let i = 0; i < sentences; i++) out += p(PATTERNS)({ p, n, f });
  return out;
}

/** A copy "made one's own": punctuation and width changed, a word or two replaced. */
export function nearCopy(text: string, r: () => number): string {
  const swaps: [string, string][] = [['当社', '弊社'], ['顧客', 'お客様'], ['増やす', '拡大する'], ['課題', '問題'], ['導入する', '取り入れる']];
  let out = text.replace(/、/g, '，').replace(/。/g, '．').replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  for (const [a, b] of swaps) if (r() < 0.5) out = out.replace(a, b);
  return out;
}

import type { HizaimuAnswers, ShoryuAnswers, ViewpointId } from './schema';

/**
 * Guided questions for the 非財務 sheet: the four viewpoints and the 商流・業務フロー
 * (/work/shared/domain/local-benchmark.md lines 27–32). Our own wording, for an advisor talking
 * with the owner. Each question names the plan sections its answer feeds (line 32).
 */
export const PLAN_SECTIONS = {
  tsuyomi: '自社の強み',
  keieiJokyo: '経営状況分析',
  kokyakuNeeds: '顧客ニーズと市場の動向',
} as const satisfies Record<string, string>;
export type PlanSectionTag = keyof typeof PLAN_SECTIONS;

export interface HizaimuQuestion {
  id: string;
  text: string;
  /** What a good answer touches on; shown under the question. */
  hint: string;
  feeds: PlanSectionTag[];
}

export interface Viewpoint {
  id: ViewpointId;
  title: string;
  /** One line: what the viewpoint looks at. */
  focus: string;
  questions: HizaimuQuestion[];
}

export const VIEWPOINTS: Viewpoint[] = [
  {
    id: 'keieisha',
    title: '経営者',
    focus: '経営者の考え方・ビジョンと、事業を誰に引き継ぐか',
    questions: [
      { id: 'vision', text: '経営で大切にしていることは何ですか。5年後・10年後にどんな会社にしたいですか。', hint: '経営理念、目指す姿、数字の目標があればそれも', feeds: ['keieiJokyo'] },
      { id: 'keireki', text: '社長ご自身の経歴や得意なこと、事業にかける思いを教えてください。', hint: '創業・承継の経緯、業界での経験年数、資格、人脈', feeds: ['tsuyomi'] },
      { id: 'senryaku', text: '今後、伸ばしたい事業や新しく取り組みたいことはありますか。', hint: '新商品・新分野・販路、設備投資の予定、それを妨げているもの', feeds: ['keieiJokyo'] },
      { id: 'shokei', text: '後継者は決まっていますか。事業承継の時期や準備はどうなっていますか。', hint: '社長の年齢、後継者候補と育成の状況、株式・個人保証の扱い', feeds: ['keieiJokyo'] },
    ],
  },
  {
    id: 'jigyo',
    title: '事業',
    focus: '何を売り、なぜ選ばれているか。技術・ノウハウとITの活用',
    questions: [
      { id: 'shohin', text: '主な商品・サービスは何ですか。売上はどのような構成になっていますか。', hint: '商品・サービス別、顧客別のおおよその割合、利益の出ているもの', feeds: ['keieiJokyo'] },
      { id: 'tsuyomi', text: 'お客様が他社ではなく御社を選ぶ理由は何だと思いますか。', hint: '技術・品質・対応の早さ・提案力・立地・実績など。お客様から実際に言われたこと', feeds: ['tsuyomi'] },
      { id: 'yowami', text: '事業の弱みや、うまくいっていないことは何ですか。', hint: '価格競争、特定の顧客や人への依存、設備の老朽化、人手不足', feeds: ['keieiJokyo'] },
      { id: 'gijutsu', text: '他社がすぐには真似できない技術・ノウハウ・資格・知的財産はありますか。', hint: '特許・商標、熟練の技能、独自の工法やレシピ、許認可', feeds: ['tsuyomi'] },
      { id: 'it', text: 'ITやデジタルをどのように使っていますか。使いたい分野はありますか。', hint: '会計・給与、受発注・在庫、顧客管理、ホームページ・SNS、キャッシュレス', feeds: ['keieiJokyo'] },
    ],
  },
  {
    id: 'kankyo',
    title: '企業を取り巻く環境・関係者',
    focus: '市場・競合・顧客・仕入先・金融機関との関係',
    questions: [
      { id: 'shijo', text: '御社の市場は伸びていますか、縮んでいますか。その理由は何ですか。', hint: '地域の人口や需要の変化、制度の変更、大口案件の終了、物価の動き', feeds: ['kokyakuNeeds'] },
      { id: 'kyogo', text: '主な競合はどこですか。競合と比べて御社はどこが違いますか。', hint: '地域の同業、大手、ネット販売。価格・品質・サービスの比較', feeds: ['kokyakuNeeds', 'tsuyomi'] },
      { id: 'kokyaku', text: '主なお客様はどんな方々ですか。お客様は何を求めていますか。', hint: '顧客層、取引先の数と上位数社への集中度、最近の要望や不満の声', feeds: ['kokyakuNeeds'] },
      { id: 'shiiresaki', text: '仕入先・協力先とはどんな関係ですか。', hint: '特定の仕入先への依存、仕入価格の上昇と価格転嫁、外注先の確保', feeds: ['keieiJokyo'] },
      { id: 'kinyu', text: '金融機関とはどのような関係ですか。', hint: 'メインバンク、借入と返済の状況、決算や計画を説明しているか、相談の頻度', feeds: ['keieiJokyo'] },
    ],
  },
  {
    id: 'naibuKanri',
    title: '内部管理体制',
    focus: '組織・人材・技能の継承と、数字を管理する仕組み',
    questions: [
      { id: 'soshiki', text: '社内の役割分担はどうなっていますか。社長がいなくても仕事は回りますか。', hint: '組織図、意思決定の仕方、任せている範囲、家族従業員の役割', feeds: ['keieiJokyo'] },
      { id: 'jinzai', text: '人材の採用や定着で困っていることはありますか。', hint: '採用の状況、離職、年齢構成、働き方（休日・残業・在宅）', feeds: ['keieiJokyo'] },
      { id: 'ikusei', text: '技能やノウハウを社員にどう伝え、育てていますか。', hint: 'OJT、マニュアル、資格取得の支援、評価と処遇', feeds: ['tsuyomi', 'keieiJokyo'] },
      { id: 'kanri', text: '数字をどのように把握・管理していますか。', hint: '月次決算、原価・在庫の管理、資金繰り表、計画と実績の見直し', feeds: ['keieiJokyo'] },
    ],
  },
];

/** Labels and prompts for the 商流・業務フロー sheet. */
export const SHORYU_FIELDS = {
  shiiresaki: { label: '仕入先', prompt: '主な仕入先と、仕入れているもの。その仕入先を選んでいる理由や依存度' },
  kyoryokusaki: { label: '協力先・外注先', prompt: '外注している工程や協力会社と、その役割' },
  kotei: { label: '自社の工程（業務フロー）', prompt: '受注から納品・アフターまでの流れを工程ごとに。各工程で生まれる価値・差別化のポイント' },
  hanbaisaki: { label: '販売先・顧客', prompt: '主な販売先・顧客と、売っているもの。取引の割合や特徴' },
  enduser: { label: 'エンドユーザー', prompt: '最終的に商品・サービスを使う人（販売先と違う場合）' },
  teikyoKachi: { label: '提供価値', prompt: 'お客様が御社を選ぶ理由。流れ全体で御社が生み出している価値' },
  kadai: { label: '商流・業務フロー上の課題', prompt: 'ボトルネックになっている工程、特定の取引先への依存、手作業の多い業務' },
} as const satisfies Record<keyof ShoryuAnswers, { label: string; prompt: string }>;

export const viewpoint = (id: ViewpointId): Viewpoint | undefined => VIEWPOINTS.find((v) => v.id === id);

export interface AnsweredQuestion {
  viewpoint: string;
  question: string;
  answer: string;
}

/** The non-empty answers that feed a plan section, in question order (for drafting that section). */
export function answersFeeding(tag: PlanSectionTag, answers: HizaimuAnswers): AnsweredQuestion[] {
  const out: AnsweredQuestion[] = [];
  for (const v of VIEWPOINTS) {
    for (const q of v.questions) {
      const a = answers[v.id][q.id]?.trim() ?? '';
      if (q.feeds.includes(tag) && a !== '') out.push({ viewpoint: v.title, question: q.text, answer: a });
    }
  }
  const shoryu = (key: 'teikyoKachi' | 'kadai') => {
    const a = answers.shoryu[key].trim();
    if (a !== '') out.push({ viewpoint: '商流・業務フロー', question: SHORYU_FIELDS[key].label, answer: a });
  };
  if (tag === 'tsuyomi') shoryu('teikyoKachi');
  if (tag === 'keieiJokyo') shoryu('kadai');
  return out;
}

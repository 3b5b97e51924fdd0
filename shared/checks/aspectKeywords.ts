import type { AspectId } from '../templates/schema';

/**
 * Default phrases (regular-expression sources, matched on text whose digits were made half-width) that show
 * a text addresses an aspect reviewers look for. Templates add their own in rules.json `text.aspectKeywords`.
 * Deliberately specific: a bare 月 or 人 would make every text "cover" schedule or 体制.
 */

/** A year a target is for (3年後, 2028年度, 〜3月期, までに, 最終年度, 事業終了時). */
const TARGET_TIME = '\\d+\\s*年(?:後|目|度)|20\\d\\d\\s*年|令和\\s*\\d+\\s*年|\\d+\\s*月期|までに|最終年|終了(?:時|後)|報告時';
/** A sentence that ends in the past tense (減少した。だった。戻った。) reports history, not a target. */
const PAST_END = 'た(?:[。\\n]|$)';

export const DEFAULT_ASPECT_KEYWORDS: Record<AspectId, readonly string[]> = {
  // 当館の魅力・当店の売り: the firm's own appeal, as the 記載例 write it where they build on their strengths; an advantage
  // over the firms nearby (近隣の旅館よりも手ごろな価格で) is one too.
  tsuyomi: ['強み', '優位性', '得意', 'ノウハウ', '技術力', '実績', '独自', '熟練', '特許', '評価(?:され|を得|が高)', 'リピート', '信頼', '培っ', '専門性', '自負', '(?:を|の|が)(?:活か|生か)', 'こだわり', '経験', '高品質', '品質の高', '(?:当社|当店|当館|当ホテル|当院|当園|自社|弊社)の(?:魅力|持ち味|特長|売り(?=[はがでにと、。]))', '(?:近隣|周辺|近く|大手|他社|同業)の?[^。\\n、]{0,12}?よりも?(?:安|手ごろ|手頃|短|早|速|広|多く|高品質|おいし|丁寧|充実)'],
  kadai: ['課題', '弱み', '問題', '不足', '悩み', '低下', '減少', 'ボトルネック', '属人', '負担', '非効率', 'できていない', '困難', '懸念'],
  // 【宿泊市場】 as a heading, 市場動向・市場環境: the market's trend described under its name.
  shijoKibo: ['市場規模', '市場(?:は|が|の|全体)', '【[^】\\n]{0,12}市場[^】\\n]{0,6}】', '市場(?:動向|環境|概況)', '\\d[\\d,.]*\\s*(?:億|兆)円', '成長率', '需要(?:が|は|の|も)', '推移', '統計', '白書', '調査によ', '商圏', '人口', '世帯数'],
  // Who the customers are and what they buy (顧客の居住地, 購入品の特徴) is the customer analysis the form asks for, like 客層
  // (not 「本事業での購入品」, the things the firm buys).
  kokyakuNeeds: ['ニーズ', '要望', '求め(?:て|る|られ)', 'アンケート', 'ヒアリング', '(?:お客様|顧客|利用者|来店客|購入者)(?:から)?の(?:声|意見)', 'ご意見', 'ターゲット', '客層', '困りごと', '不満', '顧客層', '(?:顧客|お客様|来店客|利用客)の購入品|購入品の(?:特徴|傾向)', '購買(?:層|傾向|動向|行動)', '(?:顧客|お客様|来店客|利用客)の(?:居住地|属性|分布|構成)'],
  // 「近隣の温泉旅館よりも手ごろな価格で」: a comparison with the firms nearby is a comparison with competitors.
  kyogoSabetsuka: ['競合', '他社', '同業', '差別化', '優位性', '比較(?!的)', '代替', '唯一', '(?:ほか|他)にない', '真似', '独自', '(?:近隣|周辺|近く|大手)の[^。\\n、]{1,12}?(?:よりも|と比べ|に比べ)'],
  // Who does the work: staff (not 「チラシを1,000枚配置」), an outside firm the work is ordered from (外注する, 業者へ…発注),
  // or the firm itself (設置は自前, 自社で施工).
  jisshiTaisei: ['体制', '担当', '責任者', '代表(?:者|取締役)', '従業員', '外部専門家', '連携', '役割', '人員', '(?:者|員|長|手|フ)を?配置', '専任', '協力', '外注先', '支援機関', '(?:外注|委託)(?:し|する|先)', '(?:業者|会社|専門家|デザイナー)(?:に|へ)[^。\\n]{0,12}?(?:依頼|発注|委託|外注)', '(?:は|を)自前|自前で', '(?:自社|自ら)で?(?:行|実施|制作|作成|対応|設置|施工)'],
  // 2025.12 (a month in a publication plan), 配布期間・補助事業期間: when the work happens.
  schedule: ['スケジュール', '\\d{1,2}\\s*月', '年度', '四半期', '\\d\\s*-\\s*\\d', '時期', '工程', '着手', '完了', '開始', 'までに', '\\d+\\s*年目', '導入後', '期限', '20\\d\\d\\s*[./]\\s*(?:1[0-2]|0?[1-9])(?!\\d)', '(?:事業|実施|配布|掲載|販売|募集)期間', '予定月'],
  // A target, not any number: a figure with its unit, a time it is for (3年後, 2028年度, 〜3月期, までに, 最終年度,
  // 事業終了時) in the same sentence, and a target word (目標, 目指す, 見込む, 〜にする) in that sentence or in a heading
  // just before it (a list under 【目標】). 「従業員12名」 alone is a head count, not a 数値目標; a sentence ending in the
  // past tense under a target heading (「売上増を目指す」の下の「2020年は30%減少した。」) is history, not a target.
  // Or a target table: a target heading, a 単位 line in 円, a row of years and the figures (■売上目標（単位：円）2025年度 …).
  suchiMokuhyo: [
    // Tried only where a sentence starts (the start of the text, or after 。 or a line break): a later start in the same
    // sentence could not match where the sentence's start did not, and trying every one made long texts slow.
    `(?<![^。\\n])(?:(?<=(?:目標|目指|見込|計画)[\\s\\S]{0,60})|(?=[^。\\n]*(?:目標|目指|見込|計画|達成|引き?上げ|増や|伸ば|増加させ|拡大さ|高め|にする|とする)))(?=[^。\\n]*(?:${TARGET_TIME}))(?![^。\\n]*?${PAST_END})[^。\\n]*?\\d[\\d,.]*\\s*(?:万|千|億)?(?:円|%|％|件|人|名|個|台|枚|食|組|社|店|倍|割)`,
    // (単位 first, so that the look-behind for the heading runs only where 単位 is written)
    // (blank lines between the rows, as a table pasted from a PDF or Word has them, are still one table)
    `単位(?<=(?:目標|目指|見込|見通し|計画)(?:[^\\n]{0,30}\\n(?:[^\\n]{0,40}\\n)?)?[^\\n]{0,20}単位)\\s*[:：]\\s*[^\\n]{0,4}円[^\\n]*\\n(?:[ \\t　]*\\n){0,2}[^\\n]*(?:20\\d\\d\\s*年|令和\\s*\\d+\\s*年|\\d+\\s*年(?:後|目))[^\\n]*(?:\\n(?:[ \\t　]*\\n){0,2}[^\\n]*?)?\\d{1,3}(?:,\\d{3})+`,
  ],
  koka: ['効果', '向上', '増加', '削減', '改善', '見込', '期待', '短縮', '効率', '拡大', '増収', '増益', '生産性'],
};

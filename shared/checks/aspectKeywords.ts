import type { AspectId } from '../templates/schema';

/**
 * Default phrases (regular-expression sources, matched on text whose digits were made half-width) that show
 * a text addresses an aspect reviewers look for. Templates add their own in rules.json `text.aspectKeywords`.
 * Deliberately specific: a bare 月 or 人 would make every text "cover" schedule or 体制.
 */
export const DEFAULT_ASPECT_KEYWORDS: Record<AspectId, readonly string[]> = {
  tsuyomi: ['強み', '優位性', '得意', 'ノウハウ', '技術力', '実績', '独自', '熟練', '特許', '評価(?:され|を得|が高)', 'リピート', '信頼', '培っ', '専門性', '自負', '(?:を|の|が)(?:活か|生か)', 'こだわり', '経験', '高品質', '品質の高'],
  kadai: ['課題', '弱み', '問題', '不足', '悩み', '低下', '減少', 'ボトルネック', '属人', '負担', '非効率', 'できていない', '困難', '懸念'],
  shijoKibo: ['市場規模', '市場(?:は|が|の|全体)', '\\d[\\d,.]*\\s*(?:億|兆)円', '成長率', '需要(?:が|は|の|も)', '推移', '統計', '白書', '調査によ', '商圏', '人口', '世帯数'],
  kokyakuNeeds: ['ニーズ', '要望', '求め(?:て|る|られ)', 'アンケート', 'ヒアリング', '(?:お客様|顧客|利用者)の声', 'ターゲット', '客層', '困りごと', '不満', '顧客層'],
  kyogoSabetsuka: ['競合', '他社', '同業', '差別化', '優位性', '比較(?!的)', '代替', '唯一', '(?:ほか|他)にない', '真似', '独自'],
  jisshiTaisei: ['体制', '担当', '責任者', '代表(?:者|取締役)', '従業員', '外部専門家', '連携', '役割', '人員', '配置', '専任', '協力', '外注先', '支援機関'],
  schedule: ['スケジュール', '\\d{1,2}\\s*月', '年度', '四半期', '\\d\\s*-\\s*\\d', '時期', '工程', '着手', '完了', '開始', 'までに', '\\d+\\s*年目', '導入後', '期限'],
  // A target, not any number: a figure with its unit, a time it is for (3年後, 2028年度, 〜3月期, までに, 最終年度,
  // 事業終了時) in the same sentence, and a target word (目標, 目指す, 見込む, 〜にする) in that sentence or in a heading
  // just before it (a list under 【目標】). 「従業員12名」 alone is a head count, not a 数値目標.
  suchiMokuhyo: [
    `(?:(?<=(?:目標|目指|見込|計画)[\\s\\S]{0,60})|(?=[^。\\n]*(?:目標|目指|見込|計画|達成|引き?上げ|増や|伸ば|増加させ|拡大さ|高め|にする|とする)))(?=[^。\\n]*(?:\\d+\\s*年(?:後|目|度)|20\\d\\d\\s*年|令和\\s*\\d+\\s*年|\\d+\\s*月期|までに|最終年|終了(?:時|後)|報告時))[^。\\n]*?\\d[\\d,.]*\\s*(?:万|千|億)?(?:円|%|％|件|人|名|個|台|枚|食|組|社|店|倍|割)`,
  ],
  koka: ['効果', '向上', '増加', '削減', '改善', '見込', '期待', '短縮', '効率', '拡大', '増収', '増益', '生産性'],
};

import type { ExpenseLine } from '../../shared/schemas/expense';

/** Demo expense lines per template id (category ids follow templates/<id>/rules.json). 税抜, 円. */
const line = (id: string, category: string, description: string, reason: string, unitPriceYen: number, quantity: number): ExpenseLine => ({ id, category, description, reason, unitPriceYen, quantity, web: false });

export const DEMO_EXPENSES: Record<string, ExpenseLine[]> = {
  // 工務店A社: リフォーム専門店の認知拡大（持続化・通常枠）. Total 816,000円; the subsidy is capped at 50万円.
  'jizokuka-17': [
    line('a1', 'kohoHi', '施工事例チラシ デザイン・印刷（A4両面 5,000部）', '商圏内の築20年以上の戸建て世帯に、専門店の存在と施工事例を知らせるため（春・秋）', 90_000, 2),
    line('a2', 'kohoHi', 'チラシのポスティング（5,000部）', '新聞を取らない世帯にも確実に届けるため（春・秋）', 100_000, 2),
    line('a3', 'kohoHi', '店舗の袖看板・のぼり', '県道からリフォーム専門店と分かるようにするため', 220_000, 1),
    line('a4', 'shakuryo', '公民館 会議室（リフォーム相談会）', '水回り・断熱改修の相談会を地区ごとに開くため', 15_000, 2),
    line('a5', 'website', 'ホームページ改修（施工事例・相談予約ページ）', '問い合わせの約4割がウェブ経由のため、事例を見て予約できる導線を作る', 150_000, 1),
    line('a6', 'website', 'クラウド見積ソフト（6か月分）', '見積をその場で作り、ウェブの相談予約と連携させるため', 6_000, 6),
  ],
  // 工務店A社, 第20回: 断熱診断を入口にした専門店の販路開拓（通常枠）. Total 1,086,000円 税抜. 広報費 340,000 → 226,666 and
  // ウェブサイト関連費 236,000 → 157,333 stay under their 30万円 subsidy caps; with 機械装置等費・借料 (510,000 → 340,000) the sum
  // 723,999 is capped at 50万円. The camera (税込 528,000円) is over 50万円 税込: the 相見積 hint.
  'jizokuka-20': [
    line('a1', 'kikaiSochi', '断熱診断用 赤外線カメラ一式', '窓・壁・床下の熱の逃げ道を画像で示す断熱診断サービスを始めるため', 480_000, 1),
    line('a2', 'kohoHi', '断熱診断の案内チラシ デザイン・印刷（A4両面 1万部）', '寒さに悩む4地区の世帯に診断と改修の概算価格を知らせるため（10月・1月）', 80_000, 2),
    line('a3', 'kohoHi', 'チラシのポスティング（1万部）', '新聞を取らない世帯にも確実に届けるため（10月・1月）', 60_000, 2),
    line('a4', 'kohoHi', '地区限定のSNS広告（配信費）', '4地区の40〜50代にも診断を知らせ、予約ページに誘導するため（10〜12月）', 20_000, 3),
    line('a5', 'shakuryo', '公民館 会議室（断熱・内窓の相談会）', '内窓の実物と診断画像を使った相談会を地区ごとに開くため', 15_000, 2),
    line('a6', 'website', '断熱診断の予約・施工事例ページ制作', 'チラシやSNS広告を見た人が、診断の流れと事例を見て24時間予約できるようにするため', 200_000, 1),
    line('a7', 'website', 'クラウド見積ソフト（6か月分）', '診断の翌日に、画像つきの分かりやすい見積を出すため', 6_000, 6),
  ],
  // 製造業B社: CAD/CAM と RFID（もの補助・製品・サービス高付加価値化枠）. Total 1,500万円 → 2/3 = 1,000万円.
  'monozukuri-20': [
    line('b1', 'kikaiSystem', 'アパレルCAD（型番 PX-7）', 'パターン作成・グレーディングを自動化し、部位別・サイズ別の型を短時間で作るため', 3_600_000, 1),
    line('b2', 'kikaiSystem', '自動裁断機（型番 CT-1600）', '多品種少量の裁断を自動化し、縫製職の手待ちをなくすため', 7_800_000, 1),
    line('b3', 'kikaiSystem', 'RFIDリーダー・ゲート及び在庫管理システム（型番 RF-S200）', '在庫点数の増加に対応し、棚卸と出荷検品を一括読み取りで行うため', 3_300_000, 1),
    line('b4', 'senmonka', '皮膚科専門医による仕様評価・着用評価の指導（6回）', '肌トラブルのある方に合う縫製仕様・素材を医学的に確認するため', 50_000, 6),
  ],
};

/**
 * A generated chamber for `npm run bench:ui`: N clients with M applications each, written straight into
 * a SQLite file whose schema the app itself created (the server started once with --empty), so the
 * generator follows the migrations instead of copying them. Columns are matched by name
 * (PRAGMA table_info): a column the generator does not know must have a default, or it stops and says so.
 * Statuses, pipeline dates, advisors, 採択額, rounds and section text are spread as a chamber's are.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';

const ADVISORS = ['田中 美咲', '佐藤 大輔', '鈴木 健一', '高橋 由美', '伊藤 翔太', '渡辺 直子', '山本 剛', '中村 彩', '小林 誠', '加藤 恵', '吉田 拓也', '山田 真理'];
const PLACES = ['北浦', '南町', '東山', '西川', '中島', '青葉', '桜台', '緑ヶ丘', '川口', '大宮', '浦和', '所沢', '熊谷', '秩父', '飯能', '坂戸', '鶴ヶ島', '狭山', '入間', '朝霞'];
const TRADES = ['工務店', '製作所', '精機', '食品', '商店', '縫製', '印刷', '酒造', '整備', '電機', '化成', '物産', '木工', '菓子舗', '運輸', '設計事務所', '美容室', '珈琲店', '農園', '旅館'];
const INDUSTRIES = ['製造業', '建設業', '小売業', '飲食サービス業', '宿泊業', '卸売業', '生活関連サービス業', '運輸業', '農業'];
const PREFECTURES = ['埼玉県', '東京都', '群馬県', '栃木県', '千葉県', '神奈川県'];
const SENTENCES = [
  '当社は地域の工務店として、住宅の新築とリフォームを手がけてきた。',
  '近年は高齢化に伴い、手すりの設置や段差の解消など小規模な改修の相談が増えている。',
  '競合する大手は大型案件に注力しており、小口の依頼には対応が遅れがちである。',
  '当社の強みは、創業以来の顧客台帳と、職人が直接伺う迅速な対応にある。',
  '本事業では、専用の相談窓口とウェブサイトを整え、チラシで近隣の世帯に周知する。',
  '売上高は三年後に一割増、付加価値額は年率三パーセント以上の伸びを目標とする。',
  '実施体制は代表者が統括し、営業担当と職人二名が現場を担う。',
  '設備の導入により、加工時間を三割短縮し、納期の短縮と品質の安定を図る。',
];

interface TemplateInfo {
  id: string;
  programId: string;
  koboKai: string;
  /** Sections with a multi-line text field: [sectionId, fieldId]. */
  texts: [string, string][];
}

function readTemplates(root: string, ids: string[]): TemplateInfo[] {
  return ids.map((id) => {
    const t = JSON.parse(fs.readFileSync(path.join(root, 'templates', id, 'template.json'), 'utf8')) as {
      programId: string;
      koboKai: string;
      sections: { id: string; fields: { id: string; kind: string; multiline?: boolean }[] }[];
    };
    const texts = t.sections.flatMap((s) => s.fields.filter((f) => f.kind === 'text' && f.multiline !== false).map((f): [string, string] => [s.id, f.id]));
    return { id, programId: t.programId, koboKai: t.koboKai, texts };
  });
}

/** A small deterministic random source, so every generated chamber is the same. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const STATUS_WEIGHTS: [string, number][] = [['draft', 30], ['ownerReview', 8], ['ready', 7], ['submitted', 12], ['adopted', 28], ['rejected', 15]];

function day(base: number, plusDays: number): string {
  return new Date(base + plusDays * 86_400_000).toISOString().slice(0, 10);
}

/** Pipeline dates and history consistent with the status. */
function pipelineFor(status: string, advisor: string, start: number, r: () => number): { dates: Record<string, string>; history: unknown[] } {
  const dates: Record<string, string> = {};
  const history: { from: string; to: string; on: string; by: string; note: string }[] = [];
  const step = (from: string, to: string, key: string, at: number) => {
    dates[key] = day(start, at);
    history.push({ from, to, on: dates[key]!, by: advisor, note: '' });
  };
  const rank = { draft: 0, ownerReview: 1, ready: 2, submitted: 3, adopted: 4, rejected: 4 }[status] ?? 0;
  if (rank >= 1) step('draft', 'ownerReview', 'sentToOwnerAt', 10);
  if (rank >= 2) step('ownerReview', 'ready', 'readyAt', 20);
  if (rank >= 3) step('ready', 'submitted', 'submittedAt', 30);
  if (rank >= 4) step('submitted', status, 'resultAt', 120);
  if (status === 'adopted' && r() < 0.6) step('adopted', 'kofuKettei', 'kofuKetteiAt', 160);
  if (status === 'adopted' && dates.kofuKetteiAt && r() < 0.5) step('kofuKettei', 'jissekiHokoku', 'jissekiHokokuAt', 400);
  return { dates, history };
}

export interface ChamberSize {
  clients: number;
  perClient: number;
}

/** Fills `file` (a Banso database the app has just created, empty) with the chamber. */
export function fillChamber(file: string, root: string, size: ChamberSize): void {
  const templates = readTemplates(root, ['jizokuka-20', 'jizokuka-17', 'jizokuka-sogyo-4', 'shinmono-1', 'monozukuri-20', 'monozukuri-18', 'keiei-kakushin-r3', 'keiei-kakushin-r2']);
  const weights = [26, 18, 8, 12, 8, 6, 14, 8];
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const r = rng(20261130);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const weighted = <T>(xs: readonly T[], ws: readonly number[]): T => {
    let x = r() * ws.reduce((a, b) => a + b, 0);
    for (let i = 0; i < xs.length; i++) if ((x -= ws[i]!) < 0) return xs[i]!;
    return xs[xs.length - 1]!;
  };
  const text = (n: number) => Array.from({ length: n }, () => pick(SENTENCES)).join('');

  /** An insert into `table` of the columns a row names, prepared from the first row (all rows name the same). */
  const inserter = (table: string) => {
    const cols = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; notnull: number; dflt_value: unknown; pk: number }[];
    let names: string[] | undefined;
    let stmt: Database.Statement | undefined;
    return (row: Record<string, unknown>) => {
      if (!names || !stmt) {
        const missing = cols.filter((c) => !(c.name in row) && c.notnull && c.dflt_value === null && !c.pk);
        if (missing.length) throw new Error(`bench:ui cannot fill ${table}.${missing.map((c) => c.name).join(', ')} (a new column without a default): teach bench/ui/chamber.ts its value.`);
        names = cols.map((c) => c.name).filter((n) => n in row);
        stmt = db.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
      }
      stmt.run(...names.map((n) => row[n]));
    };
  };
  const now = Date.UTC(2026, 10, 30);
  const clientRow = (i: number) => {
    const name = `${i % 3 === 0 ? '株式会社' : i % 3 === 1 ? '有限会社' : ''}${pick(PLACES)}${pick(TRADES)}${i % 3 === 2 ? '株式会社' : ''} ${i + 1}`;
    const advisor = ADVISORS[i % ADVISORS.length]!;
    const data = { name, representative: `${pick(['山田', '佐藤', '鈴木', '高橋', '田中', '伊藤'])} ${pick(['太郎', '花子', '一郎', '由紀', '誠', '恵'])}`, corporateNumber: '', legalForm: i % 5 === 0 ? 'kojin' : 'hojin', industry: pick(INDUSTRIES), prefecture: pick(PREFECTURES), employeeCount: 1 + Math.floor(r() * 60), capitalYen: i % 5 === 0 ? null : 3_000_000 + Math.floor(r() * 50) * 1_000_000, foundedYear: 1950 + Math.floor(r() * 75), fiscalYearEndMonth: pick([3, 3, 3, 6, 9, 12]), advisor, notes: '' };
    const t = new Date(now - i * 3_600_000).toISOString();
    return { id: randomUUID(), name, data: JSON.stringify(data), advisor, corporate_number: '', revision: 0, created_at: t, updated_at: t, updated_by: advisor };
  };

  const insertClient = inserter('clients');
  const insertApplication = inserter('applications');
  db.transaction(() => {
    for (let c = 0; c < size.clients; c++) {
      const client = clientRow(c);
      insertClient(client);
      for (let a = 0; a < size.perClient; a++) {
        const t = weighted(templates, weights);
        const status = weighted(STATUS_WEIGHTS.map((s) => s[0]), STATUS_WEIGHTS.map((s) => s[1]));
        const advisor = r() < 0.85 ? client.advisor : pick(ADVISORS);
        const start = now - Math.floor(r() * 900) * 86_400_000;
        const content: Record<string, Record<string, string>> = {};
        for (const [sid, fid] of t.texts.slice(0, 3)) (content[sid] ??= {})[fid] = text(6 + Math.floor(r() * 10));
        const updated = new Date(start + Math.floor(r() * 120) * 86_400_000).toISOString();
        const row = {
          id: randomUUID(), client_id: client.id, program_id: t.programId, template_id: t.id, kobo_kai: t.koboKai,
          title: `${pick(['販路開拓', '新商品開発', '設備導入', '業務効率化', '新事業進出', '店舗改装'])}の取り組み ${a + 1}`,
          status, content: JSON.stringify(content), financial_plan: '{"years":[]}', expenses: '[]', origins: '{}', revision: 0,
          created_at: new Date(start).toISOString(), updated_at: updated, advisor,
          pipeline: JSON.stringify(pipelineFor(status, advisor, start, r)),
          adopted_yen: status === 'adopted' ? (t.programId === 'jizokuka' ? 500_000 + Math.floor(r() * 15) * 100_000 : 5_000_000 + Math.floor(r() * 40) * 500_000) : null,
          part_revisions: '{}', edit_unlocked: 0, updated_by: advisor,
        };
        insertApplication(row);
      }
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

import type { Block, TableBlock } from '../export/docModel';
import { SHORYU_FIELDS, VIEWPOINTS } from './questions';
import type { HizaimuAnswers, ShoryuAnswers, Torihikisaki } from './schema';

/** The 非財務 part of the ロカベン report: the four viewpoints' answers and the 商流・業務フロー. */

const UNANSWERED = '（未記入）';

const orBlank = (s: string | undefined): string => (s && s.trim() !== '' ? s.trim() : UNANSWERED);

function viewpointBlocks(answers: HizaimuAnswers): Block[] {
  const blocks: Block[] = [];
  VIEWPOINTS.forEach((v, i) => {
    blocks.push({ type: 'heading', level: 3, text: `(${i + 1}) ${v.title}` });
    blocks.push({
      type: 'table',
      columns: [
        { header: '確認したこと', width: 3 },
        { header: '回答', width: 6 },
      ],
      rows: v.questions.map((q) => [q.text, orBlank(answers[v.id][q.id])]),
      size: 'small',
    });
  });
  return blocks;
}

const names = (parties: Torihikisaki[]): string =>
  parties
    .map((p) => p.name.trim())
    .filter((x) => x !== '')
    .join('・');

/** One line: 仕入先 → 自社（工程 → 工程） → 販売先 → エンドユーザー. Empty when nothing is entered. */
export function shoryuSummary(s: ShoryuAnswers): string {
  const steps = s.kotei.map((k) => k.name.trim()).filter((x) => x !== '');
  const parts = [
    names([...s.shiiresaki, ...s.kyoryokusaki]),
    steps.length > 0 ? `自社（${steps.join(' → ')}）` : '',
    names(s.hanbaisaki),
    s.enduser.trim(),
  ].filter((x) => x !== '');
  return parts.join(' → ');
}

function partyTable(s: ShoryuAnswers): TableBlock | undefined {
  const rows: string[][] = [];
  const add = (kind: string, ps: Torihikisaki[]) => {
    for (const p of ps) rows.push([kind, orBlank(p.name), orBlank(p.naiyo), orBlank(p.tokucho)]);
  };
  add(SHORYU_FIELDS.shiiresaki.label, s.shiiresaki);
  add(SHORYU_FIELDS.kyoryokusaki.label, s.kyoryokusaki);
  add(SHORYU_FIELDS.hanbaisaki.label, s.hanbaisaki);
  if (rows.length === 0) return undefined;
  return {
    type: 'table',
    caption: '取引先',
    columns: [
      { header: '区分', width: 1.6 },
      { header: '名称', width: 2.4 },
      { header: '取引の内容', width: 3 },
      { header: '特徴・選んでいる理由', width: 3 },
    ],
    rows,
    size: 'small',
  };
}

function shoryuBlocks(s: ShoryuAnswers): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 3, text: '(5) 商流・業務フロー' }];
  const summary = shoryuSummary(s);
  blocks.push({ type: 'paragraph', text: summary !== '' ? `流れ：${summary}` : `流れ：${UNANSWERED}` });
  const parties = partyTable(s);
  if (parties) blocks.push(parties);
  if (s.kotei.length > 0) {
    blocks.push({
      type: 'table',
      caption: SHORYU_FIELDS.kotei.label,
      columns: [
        { header: '工程', width: 2 },
        { header: '内容', width: 4 },
        { header: '生まれる価値・差別化のポイント', width: 4 },
      ],
      rows: s.kotei.map((k) => [orBlank(k.name), orBlank(k.naiyo), orBlank(k.kachi)]),
      size: 'small',
    });
  }
  blocks.push({
    type: 'table',
    columns: [
      { header: '項目', width: 2 },
      { header: '内容', width: 8 },
    ],
    rows: [
      [SHORYU_FIELDS.enduser.label, orBlank(s.enduser)],
      [SHORYU_FIELDS.teikyoKachi.label, orBlank(s.teikyoKachi)],
      [SHORYU_FIELDS.kadai.label, orBlank(s.kadai)],
    ],
    size: 'small',
  });
  return blocks;
}

export function hizaimuBlocks(answers: HizaimuAnswers | undefined): Block[] {
  if (!answers) return [{ type: 'paragraph', text: '非財務の聞き取りはまだ行っていません。' }];
  return [...viewpointBlocks(answers), ...shoryuBlocks(answers.shoryu)];
}

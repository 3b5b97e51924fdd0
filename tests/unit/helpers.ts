import { Template } from '../../shared/templates/template';
import { openEnv, type Backend, type TestEnv } from './testStore';

export type { TestEnv, Backend } from './testStore';

export { tempDir } from './tempDir';

/** A small template for store/handler tests (the real ones are tested in tests/unit/templates). */
export const fixtureTemplate = (id: string, programId: 'jizokuka' | 'keieiKakushin', purposes: Record<string, string>) =>
  Template.parse({
    rules: { source: { note: 'test fixture' } },
    id,
    programId,
    name: `テスト様式 ${id}`,
    koboKai: '第1回',
    source: { note: 'test fixture' },
    criteria: [{ id: 'c1', title: '審査項目1', source: { note: 'test' } }],
    sections: [
      { id: 'kihon', title: '基本情報', fields: [{ id: 'keikakuKikan', kind: 'choice', label: '計画期間', options: [{ value: '3', label: '3年' }] }] },
      ...Object.entries(purposes).map(([sid, purpose]) => ({
        id: sid,
        title: `項目 ${sid}`,
        purpose,
        criteria: ['c1'],
        fields: [{ id: 'body', kind: 'text', label: '本文', maxChars: 1000 }],
      })),
    ],
  });

export const fixtureTemplates = () => [fixtureTemplate('jizokuka-t', 'jizokuka', { gaiyo: 'kigyoGaiyo', tsuyomi: 'tsuyomi' }), fixtureTemplate('keiei-t', 'keieiKakushin', { genjo: 'kigyoGaiyo', other: 'koka' })];

/** Handlers over a fresh store (SQLite unless asked) with the two fixture templates. */
export function openTestEnv(backend: Backend = 'sqlite', file?: string): Promise<TestEnv> {
  return openEnv(fixtureTemplates(), backend, file);
}

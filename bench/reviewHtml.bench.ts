import path from 'node:path';
import { demoApplicationFiles } from '../electron/cli/demoFiles';
import { checkApplication } from '../shared/checks/index';
import { buildReviewHtml } from '../shared/review/html/buildReviewHtml';
import { benchTemplates } from './templates';
import { median, timeIt, type BenchResult } from './stats';

/** The HTML review file of the demo もの補助 application: its size (target < 1 MB) and the time to build it (figures + page). */
export async function reviewHtmlBenchmarks(): Promise<BenchResult[]> {
  const templates = benchTemplates();
  const demo = demoApplicationFiles(templates, path.resolve('.'), 'bench').find((f) => f.file.application.templateId === 'monozukuri-20')?.file;
  const template = templates.find((t) => t.id === 'monozukuri-20');
  if (!demo || !template) return [{ name: 'HTML review file, demo もの補助 (monozukuri-20)', value: Number.NaN, unit: 'KB', note: 'demo application not found' }];
  const { application, client } = demo;
  const build = () => {
    const figures = checkApplication(template, application, { employeeCount: client.employeeCount, prefecture: client.prefecture }).figures;
    return buildReviewHtml({ template, application, clientName: client.name, figures, reviewId: '00000000-0000-4000-8000-000000000000', sentAt: new Date().toISOString(), replyFileBase: 'bench_確認結果' });
  };
  const bytes = Buffer.byteLength(build(), 'utf8');
  await timeIt(5, build);
  const times = await timeIt(30, build);
  return [
    { name: 'HTML review file, demo もの補助: size', value: bytes / 1024, unit: 'KB', target: 1024, note: `${bytes.toLocaleString('en-US')} bytes, self-contained (inline CSS + script, no font)` },
    { name: 'HTML review file, demo もの補助: build (checks + page)', value: median(times), unit: 'ms', note: 'median of 30' },
  ];
}

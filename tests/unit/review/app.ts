import { Application, type ApplicationContent } from '../../../shared/schemas/application';

/** A small application for review tests; `content` and other fields overridable. */
export function makeApp(content: ApplicationContent, over: Partial<Application> = {}): Application {
  return Application.parse({
    id: 'app-1',
    clientId: 'client-1',
    programId: 'jizokuka',
    templateId: 'jizokuka-17',
    koboKai: '第17回',
    title: '新メニュー開発と販路開拓',
    status: 'ownerReview',
    content,
    financialPlan: {
      years: [
        { label: '直近期', kind: 'actual', uriageDaka: 30_000_000, eigyoRieki: 1_000_000 },
        { label: '1年後', kind: 'plan', uriageDaka: 32_000_000, eigyoRieki: 1_200_000 },
      ],
    },
    expenses: [
      { id: 'e1', category: 'kohoHi', description: 'チラシ印刷 5,000部', reason: '新規顧客の獲得', unitPriceYen: 100_000, quantity: 1 },
      { id: 'e2', category: 'webHi', description: 'ホームページ改修', reason: '予約導線の整備', unitPriceYen: 300_000, quantity: 1, web: true },
    ],
    revision: 3,
    createdAt: '2025-05-01T09:00:00+09:00',
    updatedAt: '2025-05-10T09:00:00+09:00',
    ...over,
  });
}

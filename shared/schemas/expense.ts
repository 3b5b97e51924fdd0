import { z } from 'zod';
import { Id } from './common';

/** One line of the 経費明細表 (expense table). Amounts in 円. */
export const ExpenseLine = z.object({
  id: Id,
  category: z.string().max(60), // 経費区分 id from the template
  description: z.string().max(2_000), // 内容 (品名・型番)
  reason: z.string().max(2_000).default(''), // 必要理由
  unitPriceYen: z.number().finite().min(0).nullable().default(null), // 単価 (税抜)
  quantity: z.number().finite().min(0).nullable().default(null), // 回数・数量
  /** 持続化: the line is web-related (ウェブサイト関連費) — counted in the web portion. */
  web: z.boolean().default(false),
});
export type ExpenseLine = z.infer<typeof ExpenseLine>;

import type { Client } from '../schemas/client';
import type { CheckContext } from './types';

/** What the checks read of the client record: head count, prefecture, 業種. */
export const checkContextOf = (c: Pick<Client, 'employeeCount' | 'prefecture' | 'industry'>): CheckContext => ({ employeeCount: c.employeeCount, prefecture: c.prefecture, industry: c.industry });

import type { Client } from '../schemas/client';
import type { CheckContext } from './types';

type Read = 'employeeCount' | 'prefecture' | 'industry' | 'nameKana' | 'homepageUrl' | 'contactName' | 'contactKana' | 'address' | 'phone' | 'representative';

/** What the checks read of the client record: head count, prefecture, 業種, and the 応募者の概要 items. */
export const checkContextOf = (c: Pick<Client, Read>): CheckContext => ({
  employeeCount: c.employeeCount,
  prefecture: c.prefecture,
  industry: c.industry,
  applicant: { nameKana: c.nameKana, homepageUrl: c.homepageUrl, contactName: c.contactName, contactKana: c.contactKana, address: c.address, phone: c.phone, representative: c.representative },
});

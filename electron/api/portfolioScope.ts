import type { Me } from '../store/people';
import type { PortfolioRow } from '../store/portfolio';

/**
 * What of the chamber's portfolio the signed-in person sees: the manager (and a single advisor on
 * their own SQLite) everything; an advisor on the chamber's server, the applications they are 担当 of
 * (the application's 担当, else the client's), by the name the chamber knows them by or their login.
 */
export const visibleTo = (me: Me) => (r: Pick<PortfolioRow, 'advisor' | 'clientAdvisor'>): boolean => me.manager || [me.name, me.login].includes(r.advisor || r.clientAdvisor);

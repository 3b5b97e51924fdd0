import type { ExpenseLine } from '../../shared/schemas/expense';

/** Demo expense lines per template id (category ids follow templates/<id>/rules.json). */
export const DEMO_EXPENSES: Record<string, ExpenseLine[]> = {};

import type { LokabenPart } from '../../../shared/api/lokabenContract';

/** The ロカベン parts as the screen names them (for conflict notices). */
export const PART_NAMES: Record<LokabenPart, string> = { industryId: '比較する業種', shobunruiId: '比較する業種（ローカルベンチマーク・ツール）', size: '規模', financials: '決算の数値', hizaimu: '非財務の回答', shoken: '所見' };

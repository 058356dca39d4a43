import type { RelationType } from '../api/graph-queries.ts';

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface RelationStyle {
  color: string;
  line: LineStyle;
}

/** How each relation type is drawn; the legend shows the same swatches. */
export const relationStyles: Record<RelationType, RelationStyle> = {
  UPGRADE_OF: { color: '#9c36b5', line: 'solid' },
  RUNS_ON: { color: '#1c7ed6', line: 'solid' },
  ALTERNATIVE_TO: { color: '#e8590c', line: 'dashed' },
  PART_OF: { color: '#0ca678', line: 'solid' },
  STORES_DATA_IN: { color: '#a5652a', line: 'solid' },
  BUILT_ON: { color: '#5c940d', line: 'solid' },
  MANAGED_VERSION_OF: { color: '#d6336c', line: 'solid' },
  INTEGRATES_WITH: { color: '#868e96', line: 'dotted' },
  WRITTEN_IN: { color: '#3b5bdb', line: 'solid' },
  OFFERS_API_IN: { color: '#4263eb', line: 'dashed' },
  PROVIDED_BY: { color: '#495057', line: 'solid' },
  IN_CATEGORY: { color: '#adb5bd', line: 'dotted' },
};

/** "RUNS_ON" → "runs on", for places that have no phrase from the API yet. */
export function humanType(type: string): string {
  return type.toLowerCase().replaceAll('_', ' ');
}

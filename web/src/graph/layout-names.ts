/** Layout choices offered to the user; apart from layouts.ts so the app shell does not pull in Cytoscape. */
export type LayoutName = 'force' | 'concentric' | 'hierarchical';
export const layoutNames: readonly LayoutName[] = ['force', 'concentric', 'hierarchical'];
export const layoutLabels: Record<LayoutName, string> = { force: 'Force', concentric: 'Concentric', hierarchical: 'Hierarchical' };

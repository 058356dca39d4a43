import type { Core } from 'cytoscape';
import { type Citation, parseCitation } from '../../../schema/model/citation.ts';

export interface SceneExport {
  nodes: Array<Record<string, unknown> & { id: string; position: { x: number; y: number } }>;
  edges: Array<Record<string, unknown> & { id: string; citation: Citation; onPath: boolean }>;
}

/** The drawing as JSON: every relation keeps its evidence (title and URL) and says whether it is on the shown path. */
export function exportScene(cy: Core | null): SceneExport {
  if (!cy) return { nodes: [], edges: [] };
  return {
    nodes: cy.nodes().map((n) => ({ ...n.data(), id: n.id(), position: { ...n.position() }, onPath: n.hasClass('path') })),
    edges: cy.edges().map((e) => ({ ...e.data(), id: e.id(), citation: parseCitation(e.data('citation') as string), onPath: e.hasClass('path') })),
  };
}

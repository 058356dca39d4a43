import type { RelationType } from '../api/graph-queries.ts';
import { relationStyles } from '../graph/relation-styles.ts';

/** Where the scene starts: the most connected technologies, the whole curated graph, or nothing. */
export type SceneStart = 'overview' | 'all' | 'empty';
export const sceneStarts: readonly SceneStart[] = ['overview', 'all', 'empty'];

/** One expansion as the address bar keeps it; the neighbours themselves are fetched again on load. */
export interface ExpansionSpec {
  nodeId: string;
  depth: number;
  /** Relation types followed; empty means every type. */
  relationTypes: RelationType[];
}

/** A node the user dragged somewhere and wants kept there. */
export interface Pin {
  id: string;
  x: number;
  y: number;
}

const idPattern = /^[a-z0-9][a-z0-9._-]{0,99}$/;
const isType = (t: string): t is RelationType => Object.hasOwn(relationStyles, t);

/** `kubernetes` (one step, every type) or `kubernetes:2:RUNS_ON.USES`. */
export function encodeExpansions(list: readonly ExpansionSpec[]): string {
  return list
    .map((e) =>
      e.depth === 1 && e.relationTypes.length === 0
        ? e.nodeId
        : `${e.nodeId}:${e.depth}${e.relationTypes.length ? `:${[...e.relationTypes].sort().join('.')}` : ''}`,
    )
    .join(',');
}

export function decodeExpansions(value: string | null): ExpansionSpec[] {
  const seen = new Set<string>();
  const list: ExpansionSpec[] = [];
  for (const part of (value ?? '').split(',')) {
    const [nodeId = '', depthText = '1', typesText = ''] = part.split(':');
    const depth = Number.parseInt(depthText, 10);
    if (!idPattern.test(nodeId) || seen.has(nodeId) || !(depth >= 1 && depth <= 3)) continue;
    seen.add(nodeId);
    list.push({ nodeId, depth, relationTypes: [...new Set(typesText.split('.'))].filter(isType).sort() });
  }
  return list.slice(0, 30);
}

/** `id:x:y` in whole layout units, comma-separated. */
export function encodePins(pins: readonly Pin[]): string {
  return pins.map((p) => `${p.id}:${Math.round(p.x)}:${Math.round(p.y)}`).join(',');
}

export function decodePins(value: string | null): Pin[] {
  const pins = new Map<string, Pin>();
  for (const part of (value ?? '').split(',')) {
    const [id = '', x = '', y = ''] = part.split(':');
    const px = Number(x);
    const py = Number(y);
    if (idPattern.test(id) && x !== '' && y !== '' && Number.isFinite(px) && Number.isFinite(py)) pins.set(id, { id, x: px, y: py });
  }
  return [...pins.values()].slice(0, 100);
}

import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import type { StackAnswer } from '../api/stack-queries.ts';
import { type ElementOptions, toElements } from './elements.ts';
import type { GraphData, GraphNode } from './model.ts';

/**
 * A stack as Cytoscape elements: members and connectors with their relations, members marked
 * apart from connectors, isolated members flagged, and each overlap drawn as an extra dashed edge.
 * Node facts come from the graph the app already holds; `known` lacks a node only when the graph
 * changed since it was loaded, and such a node is drawn from its name alone.
 */
export function stackElements(stack: StackAnswer, known: GraphData, options: ElementOptions): ElementDefinition[] {
  const byId = new Map(known.nodes.map((n) => [n.id, n]));
  const node = (entity: { id: string; name: string }): GraphNode =>
    byId.get(entity.id) ?? { id: entity.id, name: entity.name, kind: '', label: 'Technology', degree: 0, firstRelease: null, vendor: null, categoryIds: [] };
  const data: GraphData = {
    nodes: [...stack.members, ...stack.connectors].map(node),
    edges: stack.relations.map((r) => ({ id: r.id, type: r.type, source: r.fromId, target: r.toId, note: r.note, symmetric: r.symmetric })),
  };
  const members = new Set(stack.members.map((m) => m.id));
  const isolated = new Set(stack.isolated.map((m) => m.id));
  const overlapping = new Set(stack.overlaps.flatMap((o) => [o.a.id, o.b.id]));
  const elements = toElements(data, options).map((element) => {
    if (element.group !== 'nodes') return element;
    const id = element.data.id as string;
    const roles = [members.has(id) ? 'stack-member' : 'stack-connector', isolated.has(id) ? 'stack-isolated' : '', overlapping.has(id) ? 'stack-overlap' : ''];
    return {
      ...element,
      classes: [element.classes, 'labelled', ...roles].filter(Boolean).join(' '),
      data: { ...element.data, size: members.has(id) ? 44 : 30, fontSize: 14 },
    };
  });
  const overlapEdges: ElementDefinition[] = stack.overlaps.map((o) => ({
    group: 'edges',
    data: { id: `overlap|${o.a.id}|${o.b.id}`, source: o.a.id, target: o.b.id, label: 'overlaps', note: o.reason, color: '#d9480f', line: 'dashed' },
    classes: 'stack-overlap-edge symmetric',
  }));
  return [...elements, ...overlapEdges];
}

/** What the stack view adds to the app's stylesheet: connectors hollow, overlaps in orange, isolated members crossed out in grey. */
export const stackStyles: StylesheetJson = [
  { selector: 'node.stack-member', style: { 'border-width': 3, 'border-color': '#1c7ed6' } },
  { selector: 'node.stack-connector', style: { 'background-opacity': 0.35, 'border-width': 2, 'border-style': 'dashed', 'border-color': '#868e96' } },
  { selector: 'node.stack-overlap', style: { 'border-width': 5, 'border-color': '#d9480f' } },
  { selector: 'node.stack-isolated', style: { 'background-color': '#adb5bd', 'border-style': 'dotted', 'border-color': '#495057', 'border-width': 4 } },
  { selector: 'edge.stack-overlap-edge', style: { width: 3, label: 'data(label)', 'line-color': '#d9480f', 'text-opacity': 1, opacity: 1 } },
];

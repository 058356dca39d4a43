import type { ElementDefinition } from 'cytoscape';
import { labelSize, nodeSize } from '../../../schema/model/drawing.ts';
import type { RelationType } from '../api/graph-queries.ts';
import type { GraphData, GraphNode } from './model.ts';
import { humanType, relationStyles } from './relation-styles.ts';

export interface ElementOptions {
  /** Colour per category id (see categoryPalette); a technology takes its first category's colour. */
  categoryColors: ReadonlyMap<string, string>;
  /** Colour of nodes without a category: vendors, and technologies that have none. */
  neutralColor: string;
  /** Per node: how many neighbours the API left out ("N more"). */
  omitted?: ReadonlyMap<string, number>;
  /** Reading of each relation type ("runs on"); falls back to the type name. */
  phrases?: ReadonlyMap<RelationType, string>;
  /** Append the first-release year to labels (the lineage view). */
  withYear?: boolean;
}

export function nodeColor(node: GraphNode, options: ElementOptions): string {
  const first = node.label === 'Category' ? node.id : node.categoryIds[0];
  return (first && options.categoryColors.get(first)) || options.neutralColor;
}

function nodeLabel(node: GraphNode, options: ElementOptions): string {
  const year = options.withYear && node.firstRelease ? ` (${node.firstRelease})` : '';
  const more = options.omitted?.get(node.id);
  return `${node.name}${year}${more ? `\n+${more} more` : ''}`;
}

/** Cytoscape elements from the app's graph data; every visual decision is data the stylesheet reads. */
export function toElements(data: GraphData, options: ElementOptions): ElementDefinition[] {
  const nodes: ElementDefinition[] = data.nodes.map((node) => {
    const more = options.omitted?.get(node.id) ?? 0;
    return {
      group: 'nodes',
      data: {
        id: node.id,
        name: node.name,
        label: nodeLabel(node, options),
        kind: node.kind,
        entity: node.label,
        degree: node.degree,
        color: nodeColor(node, options),
        size: nodeSize(node.degree),
        fontSize: labelSize(node.degree),
        more,
      },
      classes: [node.label.toLowerCase(), more > 0 ? 'has-more' : ''].filter(Boolean).join(' '),
    };
  });
  const edges: ElementDefinition[] = data.edges.map((edge) => {
    const style = relationStyles[edge.type];
    return {
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        note: edge.note,
        label: options.phrases?.get(edge.type) ?? humanType(edge.type),
        color: style.color,
        line: style.line,
      },
      classes: edge.symmetric ? 'symmetric' : 'directed',
    };
  });
  return [...nodes, ...edges];
}

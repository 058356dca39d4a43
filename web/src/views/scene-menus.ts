import { parseCitation } from '../../../schema/model/citation.ts';
import { type LayoutName, layoutLabels, layoutNames } from '../../../schema/model/drawing.ts';
import type { RelationType, RelationTypeInfo } from '../api/graph-queries.ts';
import type { CanvasTarget } from '../canvas/events.ts';
import type { GraphData } from '../graph/model.ts';
import type { TooltipContent } from '../panels/CanvasTooltip.tsx';
import type { MenuSection } from '../panels/ContextMenu.tsx';
import type { SceneStart } from '../state/scene-url.ts';

export interface NodeMenuActions {
  details: () => void;
  expand: (types: RelationType[] | null) => void;
  hide: () => void;
  pin: (() => void) | null;
  unpin: (() => void) | null;
  pathFrom: () => void;
  compare: () => void;
}

/** The node's menu: details, expand (all or by relation type), hide, pin, path and comparison. */
export function nodeMenu(name: string, types: readonly RelationTypeInfo[], act: NodeMenuActions): MenuSection[] {
  return [
    {
      items: [
        { label: 'Open details', onSelect: act.details },
        { label: 'Expand neighbours', onSelect: () => act.expand(null) },
        { label: `Hide ${name}`, onSelect: act.hide },
        ...(act.unpin ? [{ label: 'Unpin', onSelect: act.unpin }] : act.pin ? [{ label: 'Pin where it is', onSelect: act.pin }] : []),
        { label: 'Find a path from here', onSelect: act.pathFrom },
        { label: 'Compare with…', onSelect: act.compare },
      ],
    },
    { heading: 'Expand by relation type', items: types.map((t) => ({ label: `Expand: ${t.phrase}`, onSelect: () => act.expand([t.type]) })) },
  ];
}

export interface BackgroundMenuActions {
  fit: () => void;
  layout: LayoutName;
  setLayout: (layout: LayoutName) => void;
  start: SceneStart;
  setStart: (start: SceneStart) => void;
  clear: () => void;
}

/** The background's menu: fit, layout, and what the scene holds. */
export function backgroundMenu(act: BackgroundMenuActions): MenuSection[] {
  return [
    {
      items: [
        { label: 'Fit to screen', onSelect: act.fit },
        act.start === 'all'
          ? { label: 'Show the overview', onSelect: () => act.setStart('overview') }
          : { label: 'Show everything', onSelect: () => act.setStart('all') },
        { label: 'Clear the scene', onSelect: act.clear },
      ],
    },
    { heading: 'Layout', items: layoutNames.map((name) => ({ label: layoutLabels[name], checked: name === act.layout, onSelect: () => act.setLayout(name) })) },
  ];
}

/** The relation types a node's menu offers: those of its relations on the scene, then the links to vendor and categories. */
export function menuTypes(nodeId: string, scene: GraphData, vocabulary: readonly RelationTypeInfo[]): RelationTypeInfo[] {
  const present = new Set(scene.edges.filter((e) => e.source === nodeId || e.target === nodeId).map((e) => e.type));
  return vocabulary.filter((t) => present.has(t.type) || t.derived);
}

/** What the tooltip says about the node or relation under the pointer. */
export function tooltipFor(target: CanvasTarget, scene: GraphData, phrases: ReadonlyMap<string, string>): TooltipContent | null {
  if (target.kind === 'node') {
    const node = scene.nodes.find((n) => n.id === target.id);
    if (!node) return null;
    const relations = scene.edges.filter((e) => e.source === node.id || e.target === node.id).length;
    return {
      title: node.name,
      lines: [
        `${node.kind}${node.vendor ? ` · ${node.vendor.name}` : ''}`,
        `${relations} relation${relations === 1 ? '' : 's'} drawn · double-click to expand, right-click for more`,
      ],
    };
  }
  if (target.kind === 'edge') {
    const edge = scene.edges.find((e) => e.id === target.id);
    if (!edge) return null;
    const name = (id: string) => scene.nodes.find((n) => n.id === id)?.name ?? id;
    const citation = parseCitation(edge.citation);
    return {
      title: `${name(edge.source)} ${phrases.get(edge.type) ?? edge.type} ${name(edge.target)}`,
      lines: [edge.note, `Source: ${citation.title}`, 'Click for the evidence'].filter(Boolean),
    };
  }
  return null;
}

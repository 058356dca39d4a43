import type { StylesheetJson } from 'cytoscape';
import { largeGraphElements } from './renderer-options.ts';
import { canvasColors, type Theme } from './theme.ts';

/**
 * Whether a drawing of this many elements (nodes + edges) leaves edge labels to hovered, focused
 * and path edges. Edge labels rotate with their edge; even hidden by zoom they are measured and
 * placed, and once zoomed in every visible one is drawn rotated. On the bench's 5,000-node graph
 * that made the full redraw after a zoom take about 18 s; without them, about 6 s.
 */
export const edgeLabelsOnDemand = (elementCount: number) => elementCount > largeGraphElements;

/**
 * The canvas stylesheet. Everything varies through element data (`data(color)`, `data(size)`) and
 * classes the canvas toggles (`hover`, `focus`, `path`, `dimmed`), never through per-element styles.
 * With `edgeLabelsOnDemand` (see the function of that name) only hovered, focused and path edges show their label.
 */
export function buildStylesheet(theme: Theme, options: { edgeLabelsOnDemand?: boolean } = {}): StylesheetJson {
  const c = canvasColors[theme];
  const onDemand = options.edgeLabelsOnDemand ?? false;
  // A relation the user points at or inspects is drawn above the nodes, its label on a plate of the
  // background: Cytoscape draws every node over every edge by default, and nodes along the way cut its label apart.
  const raised = {
    'z-index-compare': 'manual',
    'text-background-color': c.background,
    'text-background-opacity': 0.85,
    'text-background-padding': '2px',
    'text-background-shape': 'roundrectangle',
  } as const;
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        width: 'data(size)',
        height: 'data(size)',
        // No label until the canvas's label picker finds it room (node.labelled); hover shows a tooltip.
        label: '',
        'font-size': 'data(fontSize)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        color: c.text,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-outline-color': c.textOutline,
        'text-outline-width': 2,
        'border-width': 1,
        'border-color': c.textOutline,
      },
    },
    // The picker sizes each label for the current zoom (labelFont), so it reads the same at every fitted zoom.
    // Wrapped only at the label's own line breaks: a fixed maximum width in model units would break big labels into single words.
    { selector: 'node.labelled', style: { label: 'data(label)', 'font-size': 'data(labelFont)', 'text-max-width': '100000px' } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': c.text } },
    { selector: 'node.vendor', style: { shape: 'round-rectangle', 'background-color': c.neutral } },
    { selector: 'node.category', style: { shape: 'hexagon' } },
    { selector: 'node.has-more', style: { 'border-width': 4, 'border-style': 'double', 'border-color': c.text } },
    {
      selector: 'edge',
      style: {
        width: 1.3,
        'line-color': 'data(color)',
        'curve-style': 'bezier',
        opacity: 0.6,
        'target-arrow-shape': 'none',
        'arrow-scale': 0.8,
        label: onDemand ? '' : 'data(label)',
        'font-size': 8,
        // Edge labels only when zoomed in far enough (8px × zoom ≥ 11) or on hover.
        'min-zoomed-font-size': 11,
        'text-rotation': 'autorotate',
        color: c.text,
        'text-outline-color': c.textOutline,
        'text-outline-width': 2,
      },
    },
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(color)' } },
    { selector: 'edge[line = "dashed"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    { selector: 'edge[line = "dotted"]', style: { 'line-style': 'dotted' } },
    {
      selector: 'edge.neighbor',
      // The focus's relations keep Cytoscape's order (a hub has dozens, which over the nodes would hide them); the plate keeps their labels clear of crossing lines.
      style: {
        opacity: 1,
        width: 2.2,
        ...(onDemand && { label: 'data(label)' }),
        'text-background-color': c.background,
        'text-background-opacity': 0.7,
        'text-background-padding': '1px',
      },
    },
    { selector: 'edge.hover', style: { opacity: 1, width: 3, label: 'data(label)', 'font-size': 11, 'min-zoomed-font-size': 0, ...raised, 'z-index': 50 } },
    { selector: 'node.hover', style: { 'z-index': 20, 'underlay-color': c.focus, 'underlay-opacity': 0.18, 'underlay-padding': 6 } },
    {
      selector: 'edge.inspected',
      style: {
        width: 5,
        opacity: 1,
        label: 'data(label)',
        'font-size': 12,
        'min-zoomed-font-size': 0,
        ...raised,
        'z-index': 50,
        'underlay-color': c.focus,
        'underlay-opacity': 0.25,
        'underlay-padding': 4,
      },
    },
    {
      selector: 'node.focus',
      // No bold here: a wider wrapped label than the cached one gets clipped by Cytoscape's texture cache.
      style: { 'border-width': 5, 'border-color': c.focus, 'z-index': 30 },
    },
    { selector: '.faded', style: { opacity: 0.28, 'text-opacity': 0 } },
    { selector: '.dimmed', style: { opacity: c.dim, 'text-opacity': 0 } },
    { selector: 'edge.dimmed', style: { opacity: c.dim / 2 } },
    {
      selector: 'node.path',
      style: {
        'border-width': 4,
        'border-color': c.path,
        opacity: 1,
        'text-opacity': 1,
        'z-index-compare': 'manual',
        'z-index': 40,
      },
    },
    {
      selector: 'edge.path',
      style: {
        label: 'data(label)',
        width: 5,
        opacity: 1,
        'line-color': c.path,
        'target-arrow-color': c.path,
        'font-size': 12,
        'min-zoomed-font-size': 0,
        'text-opacity': 1,
        'text-background-color': c.background,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        // Above the dimmed nodes (which Cytoscape would otherwise draw over every edge), below the path's nodes.
        'z-index-compare': 'manual',
        'z-index': 35,
      },
    },
  ];
}

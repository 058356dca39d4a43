import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { type Ref, useCallback, useEffect, useImperativeHandle, useRef } from 'react';
import { type LayoutName, layoutOptions, presetLayoutOptions } from '../../../schema/model/drawing.ts';
import type { Positions } from '../api/load-base-graph.ts';
import { registerLayout } from '../graph/layouts.ts';
import { rendererOptions } from '../graph/renderer-options.ts';
import { applyRendererOptions } from './renderer.ts';
import { applyHighlight, type Highlight, syncElements } from './sync.ts';

declare global {
  interface Window {
    /** The live Cytoscape instance, for end-to-end tests and curious users' consoles. */
    cy?: Core;
  }
}

export interface GraphCanvasHandle {
  fit(): void;
  zoomBy(factor: number): void;
  relayout(): void;
  /** The current view as a PNG data URI. */
  exportPng(background: string): string;
  /** The drawn nodes (with positions) and edges. */
  exportJson(): { nodes: unknown[]; edges: unknown[] };
}

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  stylesheet: StylesheetJson;
  layout: LayoutName | 'lineage';
  /** Ready-made force-layout positions (the server's, for the first view): used instead of fcose while they cover every node. */
  positions?: Positions | null;
  focusId?: string | null;
  highlight?: Highlight | null;
  onNodeSelect?: (id: string) => void;
  onBackgroundSelect?: () => void;
  label: string;
  ref?: Ref<GraphCanvasHandle>;
}

/** The one component that owns a Cytoscape instance; everything else hands it data. */
export function GraphCanvas({
  elements,
  stylesheet,
  layout,
  positions = null,
  focusId = null,
  highlight = null,
  onNodeSelect,
  onBackgroundSelect,
  label,
  ref,
}: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const props = useRef({ focusId, highlight, onNodeSelect, onBackgroundSelect, layout, positions });
  props.current = { focusId, highlight, onNodeSelect, onBackgroundSelect, layout, positions };
  const layoutRun = useRef(0);

  // Reads props through a ref, so it never changes and effects can list it without re-running.
  // `fresh` (the user's "re-layout") runs the force layout even where ready-made positions exist.
  const runLayout = useCallback(async (incremental: boolean, fresh = false) => {
    const cy = cyRef.current;
    if (!cy || cy.nodes().length === 0) return;
    const run = ++layoutRun.current;
    const { layout: name, positions: ready } = props.current;
    const preset =
      name === 'force' &&
      !incremental &&
      !fresh &&
      ready &&
      cy
        .nodes()
        .toArray()
        .every((node) => ready.has(node.id()));
    // Awaited even for ready-made positions: of the runs started in one go (mount starts two), only the last goes on.
    await registerLayout(name);
    if (cy.destroyed() || run !== layoutRun.current) return;
    performance.mark('techgraph:layout-start');
    cy.layout(preset ? presetLayoutOptions(ready) : layoutOptions(name, { incremental: incremental && name === 'force', nodes: cy.nodes().length })).run();
    performance.mark('techgraph:layout-end');
    applyHighlight(cy, props.current.focusId, props.current.highlight, { move: true });
    // A visible sign that the drawing is settled, which end-to-end tests wait for.
    if (container.current) container.current.dataset.layoutRuns = String(Number(container.current.dataset.layoutRuns ?? 0) + 1);
  }, []);

  useEffect(() => {
    // The stylesheet arrives through the effect below, which runs right after this one.
    const cy = cytoscape({ container: container.current, minZoom: 0.05, maxZoom: 5, boxSelectionEnabled: false });
    cyRef.current = cy;
    window.cy = cy;
    cy.on('tap', 'node', (event) => props.current.onNodeSelect?.(event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) props.current.onBackgroundSelect?.();
    });
    cy.on('mouseover', 'node', (event) => event.target.addClass('hover').connectedEdges().addClass('hover'));
    cy.on('mouseout', 'node', (event) => event.target.removeClass('hover').connectedEdges().removeClass('hover'));
    cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
    cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
    // Opening or closing a panel resizes the canvas; once it settles, bring the focus or path back into view.
    let settle: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(() => {
      cy.resize();
      clearTimeout(settle);
      settle = setTimeout(() => {
        const { focusId, highlight } = props.current;
        if (!cy.destroyed() && (focusId || highlight)) applyHighlight(cy, focusId, highlight, { move: true });
      }, 120);
    });
    if (container.current) observer.observe(container.current);
    return () => {
      clearTimeout(settle);
      observer.disconnect();
      cy.destroy();
      cyRef.current = null;
      if (window.cy === cy) delete window.cy;
    };
  }, []);

  useEffect(() => {
    cyRef.current?.style(stylesheet);
  }, [stylesheet]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    performance.mark('techgraph:sync-start');
    const change = syncElements(cy, elements);
    performance.mark('techgraph:sync-end');
    // The instance is created empty, so its renderer options follow the graph as it grows or shrinks.
    applyRendererOptions(cy, rendererOptions(cy.elements().length));
    if (change.nodesChanged) void runLayout(change.hadNodes);
    else {
      applyHighlight(cy, props.current.focusId, props.current.highlight, { move: false });
      // Only removals (filters, collapse, hide): positions still hold, so reframe instead of re-laying out.
      if (change.nodesRemoved > 0 && cy.nodes().length > 0) cy.animate({ fit: { eles: cy.elements(), padding: 30 }, duration: 250 });
    }
  }, [elements, runLayout]);

  // `layout` is what changed; runLayout reads it from props.current.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run exactly when the chosen layout changes.
  useEffect(() => {
    void runLayout(false);
  }, [layout, runLayout]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyHighlight(cy, focusId, highlight, { move: true });
  }, [focusId, highlight]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () => cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: 30 }, duration: 250 }),
      zoomBy: (factor: number) => {
        const cy = cyRef.current;
        if (!cy) return;
        cy.animate({ zoom: { level: cy.zoom() * factor, position: { x: cy.width() / 2, y: cy.height() / 2 } }, duration: 150 });
      },
      relayout: () => void runLayout(false, true),
      exportPng: (background: string) => cyRef.current?.png({ full: true, scale: 2, bg: background, output: 'base64uri' }) ?? '',
      exportJson: () => ({
        nodes: cyRef.current?.nodes().map((n) => ({ ...n.data(), position: n.position() })) ?? [],
        edges: cyRef.current?.edges().map((e) => e.data()) ?? [],
      }),
    }),
    [runLayout],
  );

  return <div ref={container} className="graph-canvas" role="img" aria-label={label} data-testid="graph-canvas" />;
}

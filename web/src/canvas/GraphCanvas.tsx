import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { type Ref, useCallback, useEffect, useImperativeHandle, useRef } from 'react';
import { type LayoutName, layoutOptions, presetLayoutOptions } from '../../../schema/model/drawing.ts';
import type { Positions } from '../api/load-base-graph.ts';
import { registerLayout } from '../graph/layouts.ts';
import { rendererOptions } from '../graph/renderer-options.ts';
import type { Pin } from '../state/scene-url.ts';
import { bindCanvasEvents, type CanvasCallbacks } from './events.ts';
import { exportScene, type SceneExport } from './export-scene.ts';
import { applyLabels, fitWithLabels } from './labels.ts';
import { applyPins } from './pins.ts';
import { applyRendererOptions } from './renderer.ts';
import { applyHighlight, type Highlight, syncElements } from './sync.ts';
import { fitFree, fitPadding, type Insets, overlayInsets } from './viewport.ts';

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
  /** The drawn nodes (with positions) and edges, each with its source and whether it is on the shown path. */
  exportJson(): SceneExport;
}

export interface GraphCanvasProps extends CanvasCallbacks {
  elements: ElementDefinition[];
  stylesheet: StylesheetJson;
  layout: LayoutName | 'lineage';
  /** Ready-made force-layout positions (the server's, of the scene it starts from): used instead of fcose when the drawing is exactly those nodes. */
  positions?: Positions | null;
  focusId?: string | null;
  highlight?: Highlight | null;
  /** The relation shown in the inspector, drawn wider. */
  inspectedEdgeId?: string | null;
  /** Nodes kept where the user dropped them, whatever the layout. */
  pins?: readonly Pin[];
  label: string;
  /** Refit the whole drawing whenever the canvas changes size, for views with no focus to keep in sight (the stack beside its translation). */
  fitOnResize?: boolean;
  ref?: Ref<GraphCanvasHandle>;
}

const noPins: readonly Pin[] = [];

/** Whether a node is drawn in the canvas's middle, clear of the toolbar above and the scene bar and legend below. */
function inView(cy: Core, id: string | null, insets: Insets): boolean {
  const node = id ? cy.getElementById(id) : null;
  if (!node || node.empty()) return true;
  const { x, y } = node.renderedPosition();
  const margin = node.renderedWidth() / 2 + 8;
  return x > cy.width() * 0.12 && x < cy.width() * 0.88 && y > insets.top + margin && y < cy.height() - insets.bottom - margin;
}

/** The one component that owns a Cytoscape instance; everything else hands it data. */
export function GraphCanvas(all: GraphCanvasProps) {
  const { elements, stylesheet, layout, focusId = null, highlight = null, inspectedEdgeId = null, pins = noPins, label, ref } = all;
  const container = useRef<HTMLDivElement>(null);
  // Cytoscape's own element: it redraws everything 100 ms after any attribute of its container
  // changes, so the attributes that follow the scene (label, layout runs) sit on `container` instead.
  const surface = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const props = useRef(all);
  props.current = all;
  const layoutRun = useRef(0);
  const tapped = useRef<string | null>(null);

  // Reads props through a ref, so it never changes and effects can list it without re-running.
  // `fresh` (the user's "re-layout") runs the force layout even where ready-made positions exist.
  const runLayout = useCallback(async (incremental: boolean, fresh = false) => {
    const cy = cyRef.current;
    if (!cy || cy.nodes().length === 0) return;
    const run = ++layoutRun.current;
    const { layout: name, positions: ready = null, pins = noPins } = props.current;
    // Ready-made positions win whenever they cover exactly the drawn nodes, even after an earlier scene
    // ("Show everything" from the overview): the force layout would only find a drawing like them, slower.
    const preset =
      name === 'force' &&
      !fresh &&
      ready &&
      ready.size === cy.nodes().length &&
      cy
        .nodes()
        .toArray()
        .every((node) => ready.has(node.id()));
    // Awaited even for ready-made positions: of the runs started in one go (mount starts two), only the last goes on.
    await registerLayout(name);
    if (cy.destroyed() || run !== layoutRun.current) return;
    performance.mark('techgraph:layout-start');
    const options = preset ? presetLayoutOptions(ready) : layoutOptions(name, { incremental: incremental && name === 'force', nodes: cy.nodes().length, pins });
    cy.layout(options).run();
    performance.mark('techgraph:layout-end');
    applyPins(cy, pins);
    // Cytoscape's own fit pads evenly; this one keeps the drawing out from under the toolbar and the scene bar
    // (measured at each fit, since the toolbar wraps and panels come and go).
    const free = overlayInsets(container.current);
    fitWithLabels(cy, () => fitFree(cy, free));
    applyHighlight(cy, props.current.focusId ?? null, props.current.highlight ?? null, { move: true, insets: free });
    applyLabels(cy);
    // A visible sign that the drawing is settled, which end-to-end tests wait for.
    if (container.current) container.current.dataset.layoutRuns = String(Number(container.current.dataset.layoutRuns ?? 0) + 1);
  }, []);

  useEffect(() => {
    // The stylesheet arrives through the effect below, which runs right after this one.
    const cy = cytoscape({ container: surface.current, minZoom: 0.05, maxZoom: 5, boxSelectionEnabled: false });
    cyRef.current = cy;
    window.cy = cy;
    const unbind = bindCanvasEvents(
      cy,
      () => props.current,
      () => applyLabels(cy),
    );
    // Opening or closing a panel resizes the canvas; once it settles, bring the focus or path back into view.
    let settle: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(([entry]) => {
      // The first notice comes at once and reports the size Cytoscape has just measured: resizing
      // then would only redraw the first drawing again.
      const box = entry?.contentRect;
      if (box && Math.round(box.width) === cy.width() && Math.round(box.height) === cy.height()) return;
      cy.resize();
      clearTimeout(settle);
      settle = setTimeout(() => {
        const { focusId = null, highlight = null, fitOnResize = false } = props.current;
        if (cy.destroyed()) return;
        if (fitOnResize && !focusId && !highlight && cy.nodes().length > 0) {
          fitWithLabels(cy, () => cy.fit(undefined, fitPadding));
          return;
        }
        if (!(focusId || highlight)) return;
        // Re-centre only what the new size pushed out of sight: moving a node the user is about to click again loses the click.
        const free = overlayInsets(container.current);
        applyHighlight(cy, focusId, highlight, { move: !!highlight || focusId !== tapped.current || !inView(cy, focusId, free), insets: free });
        applyLabels(cy);
      }, 120);
    });
    if (surface.current) observer.observe(surface.current);
    return () => {
      unbind();
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
    // The same drawing again (a React update that rebuilt equal elements): marking focus and labels
    // afresh would restyle every element and redraw the whole canvas for nothing.
    if (!change.changed) return;
    if (change.nodesChanged) void runLayout(change.hadNodes);
    else {
      applyHighlight(cy, props.current.focusId ?? null, props.current.highlight ?? null, { move: false });
      applyLabels(cy);
      // Only removals (filters, collapse, hide): positions still hold, so reframe instead of re-laying out.
      if (change.nodesRemoved > 0 && cy.nodes().length > 0) fitFree(cy, overlayInsets(container.current), true);
    }
  }, [elements, runLayout]);

  // `layout` is what changed; runLayout reads it from props.current.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run exactly when the chosen layout changes.
  useEffect(() => {
    void runLayout(false);
  }, [layout, runLayout]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    // A node focused by clicking it stays where the user clicked (a double-click's second click must find it there).
    const free = overlayInsets(container.current);
    applyHighlight(cy, focusId, highlight, { move: !!highlight || focusId !== tapped.current || !inView(cy, focusId, free), insets: free });
    applyLabels(cy);
  }, [focusId, highlight]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: new elements may bring the inspected edge back, so mark it again.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.edges('.inspected').removeClass('inspected');
    if (inspectedEdgeId) cy.getElementById(inspectedEdgeId).addClass('inspected');
  }, [inspectedEdgeId, elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyPins(cy, pins);
  }, [pins]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () => {
        if (cyRef.current) fitFree(cyRef.current, overlayInsets(container.current), true);
      },
      zoomBy: (factor: number) => {
        const cy = cyRef.current;
        if (!cy) return;
        cy.animate({ zoom: { level: cy.zoom() * factor, position: { x: cy.width() / 2, y: cy.height() / 2 } }, duration: 150 });
      },
      relayout: () => void runLayout(false, true),
      // Bounded, so a wide layout (hierarchical, the whole graph) still fits a canvas the browser can allocate.
      exportPng: (background: string) =>
        cyRef.current?.png({ full: true, scale: 2, maxWidth: 6000, maxHeight: 6000, bg: background, output: 'base64uri' }) ?? '',
      exportJson: () => exportScene(cyRef.current),
    }),
    [runLayout],
  );

  return (
    <div ref={container} className="graph-canvas" role="img" aria-label={label} data-testid="graph-canvas">
      <div ref={surface} className="graph-canvas-surface" />
    </div>
  );
}

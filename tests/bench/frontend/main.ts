/**
 * The front-end bench page: the app's own stylesheet, element builder, force
 * layout and renderer options over a synthetic graph, drawn by Cytoscape's canvas or WebGL
 * renderer, then panned and zoomed by script while frame times are recorded. Driven from
 * tests/bench/frontend.ts.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { layoutOptions } from '../../../schema/model/drawing.ts';
import { relationTypeNames } from '../../../schema/model/vocabulary.ts';
import type { RelationType } from '../../../web/src/api/graph-queries.ts';
import { applyRendererOptions } from '../../../web/src/canvas/renderer.ts';
import { toElements } from '../../../web/src/graph/elements.ts';
import { registerLayout } from '../../../web/src/graph/layouts.ts';
import type { GraphData } from '../../../web/src/graph/model.ts';
import { categoryPalette } from '../../../web/src/graph/palette.ts';
import { defaultRendererOptions, type RendererOptions, rendererOptions } from '../../../web/src/graph/renderer-options.ts';
import { buildStylesheet, edgeLabelsOnDemand } from '../../../web/src/graph/stylesheet.ts';

/** A deterministic graph of `nodes` nodes and `edges` edges with a few hubs, as the synthetic seed has. */
function syntheticData(nodes: number, edges: number): GraphData {
  let a = 7;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const types = relationTypeNames as RelationType[];
  const degree = new Array<number>(nodes).fill(0);
  const seen = new Set<string>();
  const out: GraphData['edges'] = [];
  while (out.length < edges) {
    const s = Math.floor(rand() * nodes);
    const t = Math.floor(rand() ** 2 * nodes);
    const type = types[Math.floor(rand() * types.length)] as RelationType;
    const id = `${s}|${type}|${t}`;
    if (s === t || seen.has(id)) continue;
    seen.add(id);
    degree[s] = (degree[s] ?? 0) + 1;
    degree[t] = (degree[t] ?? 0) + 1;
    out.push({ id, type, source: `n${s}`, target: `n${t}`, note: '', symmetric: false });
  }
  return {
    nodes: Array.from({ length: nodes }, (_, i) => ({
      id: `n${i}`,
      name: `node ${i}`,
      kind: 'tool',
      label: 'Technology' as const,
      degree: degree[i] ?? 0,
      firstRelease: null,
      vendor: null,
      categoryIds: [`c${i % 30}`],
    })),
    edges: out,
  };
}

const elementsCache = new Map<number, ElementDefinition[]>();
function elementsFor(nodes: number): ElementDefinition[] {
  let elements = elementsCache.get(nodes);
  if (!elements) {
    const palette = categoryPalette(
      Array.from({ length: 30 }, (_, i) => `c${i}`),
      'light',
    );
    elements = toElements(syntheticData(nodes, nodes * 3), { categoryColors: palette, neutralColor: '#888888' });
    elementsCache.set(nodes, elements);
  }
  return elements;
}

const positions = new Map<number, Record<string, { x: number; y: number }>>();
let cy: Core | undefined;

/** `appStyle`: the stylesheet as the app builds it for this size; otherwise with every edge label, as the app drew every size before edge labels went on demand. */
function create(webgl: boolean, elements: ElementDefinition[], appStyle = true): Core {
  cy?.destroy();
  cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    style: buildStylesheet('light', { edgeLabelsOnDemand: appStyle && edgeLabelsOnDemand(elements.length) }),
    layout: { name: 'preset' },
    minZoom: 0.05,
    maxZoom: 5,
    // The option object is new in Cytoscape 3.31; its typings lag behind.
    ...({ renderer: { name: 'canvas', webgl } } as object),
  });
  return cy;
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a force layout and keeps the positions for the renderer runs: 'app' is exactly what the
 * explorer runs for a graph this size; 'full' is the full fcose the explorer runs for small graphs
 * (the baseline, and what the app once ran at every size).
 */
async function layout(nodes: number, which: 'app' | 'full'): Promise<{ layoutMs: number; quality: string }> {
  const c = create(false, elementsFor(nodes));
  await registerLayout('force');
  const options = which === 'app' ? layoutOptions('force', { nodes }) : layoutOptions('force');
  const start = performance.now();
  c.layout(options).run();
  const layoutMs = performance.now() - start;
  if (which === 'app') positions.set(nodes, Object.fromEntries(c.nodes().map((n) => [n.id(), { ...n.position() }])));
  return { layoutMs, quality: String((options as { quality?: string }).quality ?? options.name) };
}

/** The renderer set-ups compared: the app's canvas, the canvas as Cytoscape ships it, and WebGL. */
export type RendererSetup = 'canvas-app' | 'canvas-defaults' | 'webgl';

/** A point of the container, in client coordinates, with no node under it (the centre if none is free). */
function backgroundPoint(c: Core, box: DOMRect): { clientX: number; clientY: number } {
  const boxes = c.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }));
  for (let row = 1; row < 10; row++) {
    for (let column = 1; column < 10; column++) {
      const x = (box.width * column) / 10;
      const y = (box.height * row) / 10;
      if (!boxes.some((b) => x >= b.x1 && x <= b.x2 && y >= b.y1 && y <= b.y2)) return { clientX: box.left + x, clientY: box.top + y };
    }
  }
  return { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
}

/** Two frames after Cytoscape's end of a gesture (150 ms after the last wheel event), when it has drawn everything in full. */
async function settle(): Promise<number> {
  const ended = performance.now();
  await sleep(160);
  await frame();
  await frame();
  return performance.now() - ended;
}

/**
 * Draws the laid-out graph with one renderer set-up, then pans and zooms the way a person does, by
 * wheel and mouse-drag events on the container (Cytoscape's viewport shortcuts, textureOnViewport
 * and hideEdgesOnViewport, apply to user gestures only): zoom in, drag, zoom out, one event per
 * frame, with a pause after each gesture. Frame times are those during the gestures; `settleMs` is
 * the full redraw Cytoscape makes after each one.
 */
async function panZoom(
  nodes: number,
  setup: RendererSetup,
  frames: number,
  maxMs: number,
): Promise<{ firstDrawMs: number; frameMs: number[]; settleMs: number[]; options: RendererOptions }> {
  const stored = positions.get(nodes);
  if (!stored) throw new Error(`lay out ${nodes} nodes first`);
  const elements = elementsFor(nodes).map((e) => (e.group === 'nodes' ? { ...e, position: stored[String(e.data.id)] } : e));
  const options = setup === 'canvas-defaults' ? defaultRendererOptions : rendererOptions(elements.length);
  const start = performance.now();
  const c = create(setup === 'webgl', elements, setup !== 'canvas-defaults');
  // The explorer's own call (canvas/GraphCanvas.tsx), so this measures what the app does.
  applyRendererOptions(c, options);
  c.fit(undefined, 30);
  await frame();
  await frame();
  const firstDrawMs = performance.now() - start;
  const container = c.container() as HTMLElement;
  const box = container.getBoundingClientRect();
  const centre = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  const before = { zoom: c.zoom(), ...c.pan() };
  let deepest = before.zoom;
  const frameMs: number[] = [];
  const settleMs: number[] = [];
  const deadline = performance.now() + maxMs;
  const gestures = [
    { kind: 'wheel', deltaY: -100, frames: Math.floor(frames * 0.4) },
    { kind: 'drag', deltaY: 0, frames: Math.floor(frames * 0.2) },
    { kind: 'wheel', deltaY: 100, frames: Math.floor(frames * 0.4) },
  ] as const;
  for (const gesture of gestures) {
    if (performance.now() >= deadline) break;
    // Pressing on a node would drag the node; a person grabs the background to pan.
    const at = gesture.kind === 'drag' ? backgroundPoint(c, box) : { ...centre };
    if (gesture.kind === 'drag') container.dispatchEvent(new MouseEvent('mousedown', { ...at, bubbles: true, button: 0 }));
    let last = await frame();
    for (let i = 0; i < gesture.frames && performance.now() < deadline; i++) {
      if (gesture.kind === 'wheel') {
        container.dispatchEvent(new WheelEvent('wheel', { ...at, bubbles: true, cancelable: true, deltaMode: 0, deltaY: gesture.deltaY }));
      } else {
        at.clientX += 6;
        at.clientY += 3;
        container.dispatchEvent(new MouseEvent('mousemove', { ...at, bubbles: true, button: 0, buttons: 1 }));
      }
      const now = await frame();
      deepest = Math.max(deepest, c.zoom());
      frameMs.push(now - last);
      last = now;
    }
    if (gesture.kind === 'drag') container.dispatchEvent(new MouseEvent('mouseup', { ...at, bubbles: true, button: 0 }));
    settleMs.push(await settle());
  }
  if (deepest === before.zoom && c.pan().x === before.x && c.pan().y === before.y)
    throw new Error('the scripted wheel and drag events did not move the viewport');
  return { firstDrawMs, frameMs, settleMs, options };
}

declare global {
  interface Window {
    bench: { layout: typeof layout; panZoom: typeof panZoom; webglInfo: () => string };
  }
}

window.bench = {
  layout,
  panZoom,
  webglInfo: () => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'no WebGL2';
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    return String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  },
};

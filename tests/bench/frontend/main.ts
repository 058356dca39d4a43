/**
 * The front-end bench page (issue 6, item 5): the app's own stylesheet, element builder and force
 * layout over a synthetic graph, drawn by Cytoscape's canvas or WebGL renderer, then panned and
 * zoomed by script while frame times are recorded. Driven from tests/bench/frontend.ts.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import vocabulary from '../../../schema/relation-types.json' with { type: 'json' };
import type { RelationType } from '../../../web/src/api/graph-queries.ts';
import { toElements } from '../../../web/src/graph/elements.ts';
import { layoutOptions, registerLayout } from '../../../web/src/graph/layouts.ts';
import type { GraphData } from '../../../web/src/graph/model.ts';
import { categoryPalette } from '../../../web/src/graph/palette.ts';
import { buildStylesheet } from '../../../web/src/graph/stylesheet.ts';

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
  const types = vocabulary.types.map((t) => t.type as RelationType);
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

function create(webgl: boolean, elements: ElementDefinition[]): Core {
  cy?.destroy();
  cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    style: buildStylesheet('light'),
    layout: { name: 'preset' },
    minZoom: 0.05,
    maxZoom: 5,
    // The option object is new in Cytoscape 3.31; its typings lag behind.
    ...({ renderer: { name: 'canvas', webgl } } as object),
  });
  return cy;
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Runs the app's force layout (fcose, as the explorer's first view) and keeps the positions for the renderer runs. */
async function layout(nodes: number, quality: 'app' | 'draft'): Promise<{ layoutMs: number }> {
  const c = create(false, elementsFor(nodes));
  await registerLayout('force');
  const start = performance.now();
  // 'draft' is fcose's spectral pass alone, the candidate for big graphs; 'app' is exactly what the explorer runs.
  c.layout(quality === 'app' ? layoutOptions('force') : ({ ...layoutOptions('force'), quality: 'draft' } as unknown as cytoscape.LayoutOptions)).run();
  const layoutMs = performance.now() - start;
  positions.set(nodes, Object.fromEntries(c.nodes().map((n) => [n.id(), { ...n.position() }])));
  return { layoutMs };
}

/** Draws the laid-out graph with one renderer, then pans and zooms for `frames` frames, one step per frame. */
async function panZoom(nodes: number, webgl: boolean, frames: number, maxMs: number): Promise<{ firstDrawMs: number; frameMs: number[]; renderer: string }> {
  const stored = positions.get(nodes);
  if (!stored) throw new Error(`lay out ${nodes} nodes first`);
  const elements = elementsFor(nodes).map((e) => (e.group === 'nodes' ? { ...e, position: stored[String(e.data.id)] } : e));
  const start = performance.now();
  const c = create(webgl, elements);
  c.fit(undefined, 30);
  await frame();
  await frame();
  const firstDrawMs = performance.now() - start;
  const frameMs: number[] = [];
  let last = await frame();
  const deadline = performance.now() + maxMs;
  for (let i = 0; i < frames && performance.now() < deadline; i++) {
    // Zoom in for the first half and out for the second, panning all along, around the centre.
    const zoomStep = i < frames / 2 ? 1.02 : 1 / 1.02;
    c.viewport({ zoom: c.zoom() * zoomStep, pan: { x: c.pan().x + 6 - (zoomStep - 1) * 640, y: c.pan().y + 3 - (zoomStep - 1) * 400 } });
    const now = await frame();
    frameMs.push(now - last);
    last = now;
  }
  const gl = document.querySelector('#cy canvas') ? (webgl ? 'webgl' : 'canvas') : 'none';
  return { firstDrawMs, frameMs, renderer: gl };
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

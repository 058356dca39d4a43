import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** Where a node is drawn, in page pixels. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  const rendered = await page.evaluate((nodeId) => window.cy!.getElementById(nodeId).renderedPosition(), id);
  return { x: (box?.x ?? 0) + rendered.x, y: (box?.y ?? 0) + rendered.y };
}

/**
 * Pans the view so the node sits in the middle of the canvas: a node at the edge can lie under the
 * toolbar or the scene bar, where a click reaches the overlay instead. Panning moves no node.
 */
export async function centreOn(page: Page, id: string): Promise<void> {
  // The callback returns nothing: returning Cytoscape's core would make Playwright serialise the whole graph.
  await page.evaluate((nodeId) => {
    window.cy!.center(window.cy!.getElementById(nodeId));
  }, id);
}

/**
 * Of the edges leaving `source`, the one whose midpoint lies farthest from every node and from every
 * other edge, centred on the canvas, so a pointer resting on that midpoint reaches that edge alone (the
 * first view's layout starts from random positions, so which edges pass near a midpoint changes from
 * run to run). Clearance is in model units; other edges count as the polyline through their control
 * points, which holds a bezier curve.
 */
export function centreClearEdge(page: Page, source: string): Promise<{ id: string; label: string; targetName: string }> {
  return page.evaluate((from) => {
    type Point = { x: number; y: number };
    const cy = window.cy!;
    const toSegment = (p: Point, a: Point, b: Point) => {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
    };
    const lines = cy.edges().map((edge) => ({
      id: edge.id(),
      points: [edge.sourceEndpoint(), ...(edge.controlPoints() ?? []), edge.targetEndpoint()],
    }));
    const nodes = cy.nodes().map((n) => ({ at: n.position(), r: n.width() / 2 }));
    const scored = cy
      .edges()
      .toArray()
      .filter((edge) => edge.data('source') === from)
      .map((edge) => {
        const mid = edge.midpoint();
        const fromNodes = Math.min(...nodes.map((n) => Math.hypot(n.at.x - mid.x, n.at.y - mid.y) - n.r));
        const fromEdges = Math.min(
          Number.POSITIVE_INFINITY,
          ...lines.filter((line) => line.id !== edge.id()).flatMap((line) => line.points.slice(1).map((b, i) => toSegment(mid, line.points[i]!, b))),
        );
        return { id: edge.id(), label: String(edge.data('label')), targetName: String(edge.target().data('name')), clear: Math.min(fromNodes, fromEdges) };
      });
    const best = scored.sort((p, q) => q.clear - p.clear)[0];
    if (!best) throw new Error(`no edge leaves ${from} in the scene`);
    cy.center(cy.getElementById(best.id));
    return { id: best.id, label: best.label, targetName: best.targetName };
  }, source);
}

/** The midpoint of an edge, in page pixels. */
export async function edgePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  const rendered = await page.evaluate((edgeId) => window.cy!.getElementById(edgeId).renderedMidpoint(), id);
  return { x: (box?.x ?? 0) + rendered.x, y: (box?.y ?? 0) + rendered.y };
}

/** Every href on the page that is neither an absolute http(s) address nor a route or anchor inside the app. */
export function badHrefs(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href]')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => !/^https?:\/\/[^\s<>]+$/.test(href) && !/^\/(?:[?#][^\s<>]*)?$/.test(href) && !/^#[\w-]+$/.test(href)),
  );
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's serious and critical findings on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a script tag: the app's Content-Security-Policy refuses inline scripts,
  // and code the test evaluates through the browser's debugging protocol is not subject to it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(axePath, 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

/** Labels drawn on the canvas (picked by the label picker) whose boxes overlap another label's, as pairs of ids. */
export function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = window.cy!;
    const boxes = cy
      .nodes('.labelled')
      .map((n) => ({ id: n.id(), box: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }));
    const pairs: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1))
        if (a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2) pairs.push(`${a.id} × ${b.id}`);
    });
    return pairs;
  });
}

/** The smallest label drawn, in screen pixels. */
export function smallestLabelPx(page: Page): Promise<number> {
  return page.evaluate(() => {
    const cy = window.cy!;
    const sizes = cy.nodes('.labelled').map((n) => Number.parseFloat(n.style('font-size')) * cy.zoom());
    return sizes.length ? Math.min(...sizes) : 0;
  });
}

/**
 * Asks once for what the first view loads (the curated graph with the server's layout), again if a
 * cold or busy database refuses it, so the tests' own page loads meet a warm server.
 */
export async function warmUp(url: string, deadline = Date.now() + 150_000): Promise<void> {
  const query = '{ relationTypes { type derived } }';
  const types = (await (
    await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
  ).json()) as {
    data: { relationTypes: Array<{ type: string; derived: boolean }> };
  };
  const curated = types.data.relationTypes.filter((t) => !t.derived).map((t) => t.type);
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query ($t: [RelationType!]) { graph(relationTypes: $t) { nodes { id } layout { id } } }', variables: { t: curated } }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (!body.errors) return;
  }
}

/** The controls laid over the canvas: the toolbar row, the scene bar and the folded legend. */
const overlaySelectors = ['.sidebar-toggle', '.toolbar', '.scene-list', '.year-slider', '.scene-bar', 'details.legend'];

/**
 * Drawn nodes whose body, or whose label where one is drawn, lies under one of the canvas's
 * overlays, as "node id under selector". Plain strings, so no Cytoscape object leaves the page.
 */
export function nodesUnderOverlays(page: Page): Promise<string[]> {
  return page.evaluate((selectors) => {
    const canvas = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
    const overlays = selectors.flatMap((selector) =>
      [...document.querySelectorAll(selector)].map((el) => ({ selector, box: el.getBoundingClientRect() })).filter((o) => o.box.width > 0 && o.box.height > 0),
    );
    const hits: string[] = [];
    window.cy!.nodes().forEach((node) => {
      const parts = [node.renderedBoundingBox({ includeLabels: false, includeOverlays: false })];
      if (node.hasClass('labelled')) parts.push(node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
      for (const part of parts) {
        const box = { left: canvas.left + part.x1, right: canvas.left + part.x2, top: canvas.top + part.y1, bottom: canvas.top + part.y2 };
        for (const o of overlays)
          if (box.left < o.box.right && o.box.left < box.right && box.top < o.box.bottom && o.box.top < box.bottom)
            hits.push(`${node.id()} under ${o.selector}`);
      }
    });
    return [...new Set(hits)];
  }, overlaySelectors);
}

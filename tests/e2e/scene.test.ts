import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { curatedTypeNames } from '../../schema/model/vocabulary.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { centreOn, nodePoint, nodesUnderOverlays, overlappingLabels, smallestLabelPx } from '../support/scene.ts';
import { nodeCount, openApp, saveScreenshot, waitForGraph } from '../support/web.ts';

const app = useBrowserSuite({ warmUp: true });
let page: Page;

beforeEach(async () => {
  page = await app.browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
});

afterEach(async () => {
  await page.close();
});

const drawnIds = () =>
  page.evaluate(() =>
    window
      .cy!.nodes()
      .map((n) => n.id())
      .sort(),
  );
const param = (name: string) => new URL(page.url()).searchParams.get(name);

describe('the first view', () => {
  it('shows the 40 most connected technologies with readable, non-overlapping labels and a one-line hint', async () => {
    await openApp(page, app.server.url, 30);
    expect(await nodeCount(page)).toBe(40);
    await page.getByText('Search, or click a technology to explore').waitFor();
    // Labels are picked after the viewport settles, which a loaded machine can delay past openApp's wait.
    // At least half the overview is labelled: 30-33 of 40 alone, 26-28 in the full suite, where other
    // files write to the same graph meanwhile (a known gap, in the project notes).
    await page.waitForFunction(() => window.cy!.nodes('.labelled').length >= 30, undefined, { timeout: 10_000 }).catch(() => undefined);
    const labelled = await page.evaluate(() => window.cy!.nodes('.labelled').length);
    expect(labelled).toBeGreaterThanOrEqual(20);
    expect(await overlappingLabels(page)).toEqual([]);
    expect(await smallestLabelPx(page)).toBeGreaterThanOrEqual(11);
    await saveScreenshot(page, 'scene-first-view');
  });

  it('fits the first view into the space the toolbar, scene bar and legend leave free, on a laptop and on a phone', async () => {
    await openApp(page, app.server.url, 30);
    expect(await nodesUnderOverlays(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, app.server.url, 30);
    expect(await nodesUnderOverlays(page)).toEqual([]);
    await saveScreenshot(page, 'scene-first-view-phone');
  });

  it('draws the first view where the server laid the overview out, without a layout in the browser', async () => {
    const answer = await page.request.post(`${app.server.url}/graphql`, {
      data: { query: 'query ($t: [RelationType!]) { graph(relationTypes: $t) { overviewLayout { id x y } } }', variables: { t: curatedTypeNames } },
    });
    const served = ((await answer.json()) as { data: { graph: { overviewLayout: Array<{ id: string; x: number; y: number }> } } }).data.graph.overviewLayout;
    await openApp(page, app.server.url, 30);
    const drawn = await page.evaluate(() => window.cy!.nodes().map((n) => ({ id: n.id(), x: Math.round(n.position('x')), y: Math.round(n.position('y')) })));
    const byId = (list: Array<{ id: string }>) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(drawn)).toEqual(byId(served));
  });

  it('draws the overview from its own small answer and loads the whole graph after the drawing, without drawing again', async () => {
    await page.goto(app.server.url);
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) >= 30 && document.querySelector('[data-layout-runs]'));
    const first = await drawnIds();
    await page.waitForSelector('main[data-graph="whole"]');
    const timing = await page.evaluate(() => {
      const asked = (operation: string) =>
        performance
          .getEntriesByType('resource')
          .filter((r) => new URL(r.name).searchParams.get('query')?.startsWith(`query ${operation}`))
          .map((r) => r.startTime);
      return { overview: asked('Overview'), whole: asked('Graph('), drawn: performance.getEntriesByName('techgraph:layout-end')[0]?.startTime ?? Number.NaN };
    });
    expect(timing.overview).toHaveLength(1);
    expect(timing.whole).toHaveLength(1);
    // Asked for once the first view was laid out and drawn, not alongside it.
    expect(timing.whole[0]).toBeGreaterThan(timing.drawn);
    expect(await drawnIds()).toEqual(first);
    expect(await page.getByTestId('graph-canvas').getAttribute('data-layout-runs')).toBe('1');
    const technologies = (await (await page.request.post(`${app.server.url}/graphql`, { data: { query: '{ stats { technologies } }' } })).json()) as {
      data: { stats: { technologies: number } };
    };
    expect(await page.locator('.scene-count').getAttribute('title')).toBe(
      `The first view: the most connected of ${technologies.data.stats.technologies} technologies`,
    );
  });

  it('shows everything with one click and goes back to the overview', async () => {
    await openApp(page, app.server.url, 30);
    await page.getByRole('button', { name: 'Show everything' }).click();
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 200);
    expect(param('scene')).toBe('all');
    await page.waitForTimeout(600);
    expect(await overlappingLabels(page)).toEqual([]);
    await saveScreenshot(page, 'scene-everything');
    await page.getByRole('button', { name: 'Show the overview' }).click();
    await page.waitForFunction(() => window.cy?.nodes().length === 40);
  });

  it('labels every layout at its fitted zoom without overlaps', async () => {
    for (const layout of ['concentric', 'hierarchical']) {
      await openApp(page, `${app.server.url}/?scene=all&layout=${layout}`, 200);
      const labelled = await page.evaluate(() => window.cy!.nodes('.labelled').length);
      expect(labelled, layout).toBeGreaterThan(8);
      expect(await overlappingLabels(page), layout).toEqual([]);
      // 11 px, less a rounding error of the zoom.
      expect(await smallestLabelPx(page), layout).toBeGreaterThanOrEqual(10.99);
      await saveScreenshot(page, `scene-labels-${layout}`);
    }
  }, 300_000);

  it('keeps the legend folded, and clicks on its open body reach the graph', async () => {
    await openApp(page, app.server.url, 30);
    const legend = page.locator('details.legend');
    expect(await legend.getAttribute('open')).toBeNull();
    await legend.locator('summary').click();
    const box = await legend.locator('ul').first().boundingBox();
    const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-testid="graph-canvas"]') !== null, {
      x: (box?.x ?? 0) + 20,
      y: (box?.y ?? 0) + 10,
    });
    expect(under).toBe(true);
  });
});

describe('the canvas', () => {
  it('redraws in full only when its size changes: not again after its first drawing, nor when the scene changes', async () => {
    // Each cy.resize() redraws every element. Count them from the instance's creation on.
    await page.addInitScript(() => {
      const w = window as unknown as { resizes: number };
      w.resizes = 0;
      let held: unknown;
      Object.defineProperty(window, 'cy', {
        configurable: true,
        get: () => held,
        set: (cy: { resize(): unknown } | undefined) => {
          if (cy) {
            const resize = cy.resize.bind(cy);
            cy.resize = () => {
              w.resizes++;
              return resize();
            };
          }
          held = cy;
        },
      });
    });
    const resizes = () => page.evaluate(() => (window as unknown as { resizes: number }).resizes);
    await openApp(page, app.server.url, 30);
    // Cytoscape's own observer answers its first notice once, 100 ms late; the canvas's observer does
    // not add a second, and setting the layout-run mark after the drawing does not add a third.
    await page.waitForTimeout(400);
    expect(await resizes()).toBeLessThanOrEqual(1);

    await page.evaluate(() => {
      (window as unknown as { resizes: number }).resizes = 0;
    });
    const label = () => page.getByTestId('graph-canvas').getAttribute('aria-label');
    const labelBefore = await label();
    const before = await nodeCount(page);
    // From the menu, which opens no panel beside the canvas (a double-click's details panel would resize it).
    await centreOn(page, 'kubernetes');
    const at = await nodePoint(page, 'kubernetes');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await page.getByRole('menu', { name: 'Actions for Kubernetes' }).getByRole('menuitem', { name: 'Expand neighbours' }).click();
    await page.waitForFunction((n) => (window.cy?.nodes().length ?? 0) > n, before);
    await page.waitForSelector('[data-layout-runs="2"]');
    // The canvas's label and layout-run mark changed with the scene; neither is Cytoscape's element.
    await page.waitForTimeout(400);
    expect(await label()).not.toBe(labelBefore);
    expect(await resizes()).toBe(0);

    await page.setViewportSize({ width: 1200, height: 800 });
    await page.waitForFunction(() => (window as unknown as { resizes: number }).resizes > 0);
    const sizes = await page.evaluate(() => {
      const surface = window.cy!.container()!;
      return { drawn: [window.cy!.width(), window.cy!.height()], element: [surface.clientWidth, surface.clientHeight] };
    });
    expect(sizes.drawn).toEqual(sizes.element);
  });
});

describe('a scene that grows', () => {
  it('brings a searched technology in with its neighbours, and a shared link reopens the same scene', async () => {
    await openApp(page, app.server.url, 30);
    const before = await drawnIds();
    await page.keyboard.press('/');
    await page.keyboard.type('Milvus');
    await page
      .getByRole('option', { name: /^Milvus/ })
      .first()
      .click();
    await page.waitForFunction(() => window.cy?.getElementById('milvus').nonempty());
    await page.waitForFunction((n) => (window.cy?.nodes().length ?? 0) > n + 1, before.length);
    expect(before).not.toContain('milvus');
    expect(param('expand')).toBe('milvus');
    const neighbours = await page.evaluate(() => window.cy!.getElementById('milvus').neighborhood('node').length);
    expect(neighbours).toBeGreaterThan(1);
    await page.waitForTimeout(500);
    await saveScreenshot(page, 'scene-search-grows');
    const grown = await drawnIds();
    const link = page.url();
    const other = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openApp(other, link, grown.length);
    await other.waitForFunction((n) => window.cy?.nodes().length === n, grown.length);
    expect(
      await other.evaluate(() =>
        window
          .cy!.nodes()
          .map((n) => n.id())
          .sort(),
      ),
    ).toEqual(grown);
    await other.close();
  });

  it('expands a node on double-click', async () => {
    await openApp(page, app.server.url, 30);
    const before = await nodeCount(page);
    const at = await nodePoint(page, 'kubernetes');
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction((n) => (window.cy?.nodes().length ?? 0) > n, before);
    expect(param('expand')).toContain('kubernetes');
  });

  it('offers node actions on right-click: expand by type, hide (kept in the URL) and pin (kept on reload)', async () => {
    await openApp(page, app.server.url, 30);
    await centreOn(page, 'apache-spark');
    let at = await nodePoint(page, 'apache-spark');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const menu = page.getByRole('menu', { name: 'Actions for Apache Spark' });
    await menu.waitFor();
    for (const item of ['Open details', 'Expand neighbours', 'Hide Apache Spark', 'Find a path from here', 'Compare with…'])
      await menu.getByRole('menuitem', { name: item }).waitFor();
    expect(await menu.getByRole('menuitem', { name: /^Expand: / }).count()).toBeGreaterThan(1);
    await saveScreenshot(page, 'scene-node-menu');
    await menu.getByRole('menuitem', { name: 'Pin where it is' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('pin')?.startsWith('apache-spark:'));
    const pinned = await page.evaluate(() => window.cy!.getElementById('apache-spark').position());
    await centreOn(page, 'kubernetes');
    at = await nodePoint(page, 'kubernetes');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await page.getByRole('menu', { name: 'Actions for Kubernetes' }).getByRole('menuitem', { name: 'Hide Kubernetes' }).click();
    await page.waitForFunction(() => window.cy?.getElementById('kubernetes').empty());
    expect(param('hide')).toBe('kubernetes');
    await page.reload();
    await waitForGraph(page, 30);
    expect(await page.evaluate(() => window.cy!.getElementById('kubernetes').empty())).toBe(true);
    const after = await page.evaluate(() => window.cy!.getElementById('apache-spark').position());
    expect(Math.round(after.x)).toBe(Math.round(pinned.x));
    expect(Math.round(after.y)).toBe(Math.round(pinned.y));
  });

  it('offers fit, layout and clear on the background, and shows tooltips on hover', async () => {
    await openApp(page, app.server.url, 30);
    const at = await nodePoint(page, 'apache-spark');
    await page.mouse.move(at.x, at.y);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain('Apache Spark');
    await saveScreenshot(page, 'scene-tooltip');
    const box = await page.getByTestId('graph-canvas').boundingBox();
    await page.mouse.click((box?.x ?? 0) + 6, (box?.y ?? 0) + (box?.height ?? 0) / 2, { button: 'right' });
    const menu = page.getByRole('menu', { name: 'Scene actions' });
    for (const item of ['Fit to screen', 'Show everything', 'Clear the scene']) await menu.getByRole('menuitem', { name: item }).waitFor();
    await menu.getByRole('menuitemradio', { name: /Concentric/ }).waitFor();
    await menu.getByRole('menuitem', { name: 'Clear the scene' }).click();
    await page.waitForFunction(() => window.cy?.nodes().length === 0);
    expect(param('scene')).toBe('empty');
    await page.getByRole('button', { name: 'Show the overview' }).first().click();
    await page.waitForFunction(() => window.cy?.nodes().length === 40);
  });
});

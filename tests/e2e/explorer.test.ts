import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rendererOptions } from '../../web/src/graph/renderer-options.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { nodeCount, openApp, saveScreenshot, waitForGraph } from '../support/web.ts';

const app = useBrowserSuite();
let page: Page;

beforeEach(async () => {
  page = await app.browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
});

afterEach(async () => {
  await page.close();
});

describe('the explorer', () => {
  it('shows the whole curated graph on request, coloured by category, with a legend', async () => {
    await openApp(page, `${app.server.url}/?scene=all`, 200);
    expect(await nodeCount(page)).toBeGreaterThan(200);
    const drawn = await page.evaluate(() => {
      const cy = window.cy!;
      const colours = new Set(cy.nodes().map((n) => n.data('color') as string));
      const sizes = new Set(cy.nodes().map((n) => n.width()));
      const alternative = cy.edges('[type = "ALTERNATIVE_TO"]')[0];
      const runsOn = cy.edges('[type = "RUNS_ON"]')[0];
      const box = cy.nodes().boundingBox({});
      // The fields web/src/canvas/renderer.ts sets live; a Cytoscape that renamed them would read undefined here.
      const renderer = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
      return {
        renderer: [renderer.textureOnViewport, renderer.hideEdgesOnViewport, renderer.motionBlurEnabled, renderer.forcedPixelRatio],
        colours: colours.size,
        sizes: sizes.size,
        edges: cy.edges().length,
        elements: cy.elements().length,
        alternative: alternative && [alternative.style('line-style'), alternative.style('target-arrow-shape')],
        runsOn: runsOn?.style('target-arrow-shape'),
        spread: box.w > 500 && box.h > 300,
      };
    });
    expect(drawn.colours).toBeGreaterThan(10);
    expect(drawn.sizes).toBeGreaterThan(3);
    expect(drawn.edges).toBeGreaterThan(300);
    expect(drawn.alternative).toEqual(['dashed', 'none']);
    expect(drawn.runsOn).toBe('triangle');
    expect(drawn.spread).toBe(true);
    // The renderer options the app picks for this many elements (the whole curated graph has passed
    // the large-graph threshold): the snapshot while panning, and one canvas pixel per CSS pixel.
    const picked = rendererOptions(drawn.elements);
    expect(drawn.renderer).toEqual([
      picked.textureOnViewport,
      picked.hideEdgesOnViewport,
      picked.motionBlur,
      picked.pixelRatio === 'auto' ? null : picked.pixelRatio,
    ]);
    expect(await page.locator('.legend-categories li').count()).toBeGreaterThan(5);
    await saveScreenshot(page, 'first-view');
  });

  it("draws the first view at the server's layout, the same on every visit, and lays it out afresh on request", async () => {
    const curated = JSON.parse(await readFile(new URL('../../schema/relation-types.json', import.meta.url), 'utf8')) as {
      types: Array<{ type: string; derived: boolean }>;
    };
    const response = await fetch(`${app.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($t: [RelationType!]) { graph(relationTypes: $t) { layout { id x y } } }',
        variables: { t: curated.types.filter((t) => !t.derived).map((t) => t.type) },
      }),
    });
    const { data } = (await response.json()) as { data: { graph: { layout: Array<{ id: string; x: number; y: number }> } } };
    const served = Object.fromEntries(data.graph.layout.map((p) => [p.id, { x: p.x, y: p.y }]));
    const drawn = () => page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), { ...n.position() }])));
    await openApp(page, `${app.server.url}/?scene=all`, 200);
    expect(await drawn()).toEqual(served);
    await page.reload();
    await waitForGraph(page, 200);
    expect(await drawn()).toEqual(served);
    await page.getByRole('button', { name: 'Re-run' }).click();
    await page.waitForSelector('[data-layout-runs="2"]');
    const again = await drawn();
    expect(Object.keys(again).sort()).toEqual(Object.keys(served).sort());
    expect(again).not.toEqual(served);
  });

  it('focuses a node chosen in the search box with the keyboard and opens its panel', async () => {
    await openApp(page, app.server.url, 30);
    await page.keyboard.press('/');
    await page.keyboard.type('spark');
    await page
      .getByRole('option', { name: /Apache Spark/ })
      .first()
      .waitFor();
    const options = await page.getByRole('option').allTextContents();
    const index = options.findIndex((o) => o.startsWith('Apache Spark'));
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Apache Spark' }).waitFor();
    expect(new URL(page.url()).searchParams.get('focus')).toBe('apache-spark');
    await page.waitForTimeout(500);
    const focus = await page.evaluate(() => {
      const cy = window.cy!;
      const node = cy.getElementById('apache-spark');
      const rendered = node.renderedPosition();
      return { focused: node.hasClass('focus'), x: rendered.x / cy.width(), y: rendered.y / cy.height() };
    });
    expect(focus.focused).toBe(true);
    expect(focus.x).toBeGreaterThan(0.35);
    expect(focus.x).toBeLessThan(0.65);
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect(panel.getByText('First release')).toBeTruthy();
    expect(await panel.locator('.relation-group').count()).toBeGreaterThan(2);
    await saveScreenshot(page, 'search-focus-panel');
    await panel.getByRole('button', { name: 'HDFS', exact: true }).first().click();
    await page.getByRole('heading', { level: 2, name: 'HDFS' }).waitFor();
    expect(new URL(page.url()).searchParams.get('focus')).toBe('hdfs');
  });

  it('expands a node with vendors and categories, then undoes and redoes it', async () => {
    await openApp(page, `${app.server.url}/?focus=kubernetes`, 30);
    const before = await nodeCount(page);
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.getByRole('button', { name: 'Expand neighbours' }).click();
    await page.waitForFunction((n) => (window.cy?.nodes().length ?? 0) > n, before);
    await page.waitForTimeout(600);
    const expanded = await nodeCount(page);
    const kinds = await page.evaluate(() => window.cy!.nodes('.vendor, .category').length);
    expect(kinds).toBeGreaterThan(0);
    await saveScreenshot(page, 'expand');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction((n) => window.cy?.nodes().length === n, before);
    await page.getByRole('button', { name: 'Redo' }).click();
    await page.waitForFunction((n) => window.cy?.nodes().length === n, expanded);
    await panel.getByRole('button', { name: 'Collapse' }).click();
    await page.waitForFunction((n) => window.cy?.nodes().length === n, before);
    await panel.getByRole('button', { name: 'Hide from canvas' }).click();
    await page.waitForFunction(() => window.cy?.getElementById('kubernetes').empty());
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => window.cy?.getElementById('kubernetes').nonempty());
  });

  it('applies a category filter to the canvas, the legend and the URL', async () => {
    await openApp(page, `${app.server.url}/?scene=all`, 200);
    const before = await nodeCount(page);
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByRole('checkbox', { name: /Serverless/ }).uncheck();
    await page.waitForFunction((n) => (window.cy?.nodes().length ?? 0) < n, before);
    expect(await page.evaluate(() => window.cy!.getElementById('aws-lambda').empty())).toBe(true);
    expect(new URL(page.url()).searchParams.get('hide-categories')).toBe('serverless');
    expect(await page.locator('.legend-categories').textContent()).not.toContain('Serverless');
    await page.waitForTimeout(400);
    await saveScreenshot(page, 'filter');
  });

  it('restores focus, filters, layout and path from the URL on reload, and back goes to the previous focus', async () => {
    const query = '?focus=apache-spark&layout=concentric&hide-categories=serverless&from=apache-spark&to=hdfs';
    await openApp(page, `${app.server.url}/${query}`, 30);
    await page.reload();
    await waitForGraph(page, 30);
    await page.getByRole('heading', { level: 2, name: 'Apache Spark' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Layout' }).inputValue()).toBe('concentric');
    expect(
      await page
        .getByRole('region', { name: 'Filters' })
        .getByRole('checkbox', { name: /Serverless/ })
        .isChecked(),
    ).toBe(false);
    await page.waitForFunction(() => window.cy?.getElementById('hdfs').hasClass('path'));
    expect(await page.evaluate(() => window.cy!.getElementById('aws-lambda').empty())).toBe(true);
    await saveScreenshot(page, 'url-restored');
    await page.getByRole('complementary', { name: 'Details' }).getByRole('button', { name: 'HDFS', exact: true }).first().click();
    await page.getByRole('heading', { level: 2, name: 'HDFS' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Apache Spark' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { level: 2, name: 'HDFS' }).waitFor();
  });

  it('switches layouts, loading dagre on demand, and exports the view as PNG and JSON', async () => {
    await openApp(page, `${app.server.url}/?scene=all`, 200);
    const runs = () => page.getByTestId('graph-canvas').getAttribute('data-layout-runs');
    const before = Number(await runs());
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('hierarchical');
    await page.waitForFunction((n) => Number(document.querySelector('[data-layout-runs]')?.getAttribute('data-layout-runs')) > n, before, { timeout: 120_000 });
    expect(new URL(page.url()).searchParams.get('layout')).toBe('hierarchical');
    const png = page.waitForEvent('download');
    await page.getByRole('button', { name: 'PNG' }).click();
    expect((await png).suggestedFilename()).toMatch(/^techgraph-.*\.png$/);
    const json = page.waitForEvent('download');
    await page.getByRole('button', { name: 'JSON' }).click();
    const saved = JSON.parse(await readFile((await (await json).path())!, 'utf8')) as { nodes: unknown[]; edges: unknown[] };
    expect(saved.nodes.length).toBeGreaterThan(200);
    expect(saved.edges.length).toBeGreaterThan(300);
    await saveScreenshot(page, 'hierarchical-layout');
  }, 240_000);

  it('draws a category focused from a link with its neighbours, though the curated view does not show categories', async () => {
    await openApp(page, `${app.server.url}/?focus=stream-processing`, 30);
    const panel = page.getByRole('complementary', { name: 'Details' });
    await page.waitForFunction(() => (window.cy?.getElementById('stream-processing').neighborhood('node').length ?? 0) > 2);
    expect(await panel.getByText('is not on the canvas').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('expand')).toBe('stream-processing');
  });
});

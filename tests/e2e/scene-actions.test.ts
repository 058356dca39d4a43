import type { EdgeSingular } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { centreClearEdge, centreOn, edgePoint, nodePoint } from '../support/scene.ts';
import { openApp, saveScreenshot, waitForGraph, waitForStill } from '../support/web.ts';

// What each action of the growing scene does, beyond the menus offering it (scene.test.ts): a click
// from the details panel, every node and background action, edge tooltips, a link that carries only
// expansions, a pin after a move, and keyboard focus after the panel's own buttons, Escape and Back.

const app = useBrowserSuite({ warmUp: true });
let page: Page;
beforeEach(async () => {
  page = await app.browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
});
afterEach(async () => {
  await page.close();
});

const drawnIds = () => page.evaluate(() => window.cy!.nodes().map((n) => n.id()));
const param = (name: string) => new URL(page.url()).searchParams.get(name);
const activeIsBody = () => page.evaluate(() => document.activeElement === document.body || document.activeElement === null);

async function openNodeMenu(id: string, name: string) {
  await centreOn(page, id);
  const at = await nodePoint(page, id);
  await page.mouse.click(at.x, at.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: `Actions for ${name}` });
  await menu.waitFor();
  return menu;
}

describe('growing the scene by hand', () => {
  it('brings a technology clicked in the details panel into the scene with its neighbours', async () => {
    await openApp(page, `${app.server.url}/?focus=apache-spark`, 30);
    const before = new Set(await drawnIds());
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.locator('.relations').waitFor();
    // The first neighbour listed in the panel that the overview does not draw.
    const names = await panel.locator('.relations button.link').allTextContents();
    const answer = await page.request.post(`${app.server.url}/graphql`, {
      data: { query: 'query { technology(id: "apache-spark") { relations { from { id name } to { id name } } } }' },
    });
    const relations = (
      (await answer.json()) as { data: { technology: { relations: Array<{ from: { id: string; name: string }; to: { id: string; name: string } }> } } }
    ).data.technology.relations;
    const others = relations.map((r) => (r.from.id === 'apache-spark' ? r.to : r.from)).filter((o) => !before.has(o.id) && names.includes(o.name));
    const target = others[0];
    expect(target, 'a neighbour of Spark outside the overview').toBeDefined();
    await panel.locator('.relations button.link', { hasText: target!.name }).first().click();
    await page.waitForFunction((id) => window.cy?.getElementById(id).nonempty(), target!.id);
    await page.waitForFunction((id) => (window.cy?.getElementById(id).neighborhood('node').length ?? 0) > 1, target!.id);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('expand')?.split(',').includes(id), target!.id, { timeout: 5_000 });
    expect(param('focus')).toBe(target!.id);
    await saveScreenshot(page, 'scene-click-grows');
  });

  it('opens a link that carries only expansions with the same neighbours drawn', async () => {
    await openApp(page, app.server.url, 30);
    const overview = new Set(await drawnIds());
    await openApp(page, `${app.server.url}/?expand=milvus`, 31);
    await page.waitForFunction(() => (window.cy?.getElementById('milvus').neighborhood('node').length ?? 0) > 1);
    const drawn = await drawnIds();
    expect(overview.has('milvus')).toBe(false);
    expect(drawn).toContain('milvus');
    expect(drawn.length).toBeGreaterThan(overview.size);
    expect(param('focus')).toBeNull();
  });

  it('keeps a moved and pinned node where it was put, after a reload', async () => {
    await openApp(page, app.server.url, 30);
    // Moved to a free spot: dropped onto another node, the right-click would open that node's menu.
    const moved = await page.evaluate(() => {
      const cy = window.cy!;
      const spark = cy.getElementById('apache-spark');
      const at = spark.position();
      const others = cy.nodes().not(spark).toArray() as cytoscape.NodeSingular[];
      const clear = (x: number, y: number) => others.every((n) => Math.hypot(n.position('x') - x, n.position('y') - y) > (n.width() + spark.width()) / 2 + 20);
      const offsets = [160, 240, 320, 400].flatMap((r) =>
        [0, 1, 2, 3, 4, 5, 6, 7].map((k) => ({ x: r * Math.cos((k * Math.PI) / 4), y: r * Math.sin((k * Math.PI) / 4) })),
      );
      const free = offsets.map((o) => ({ x: Math.round(at.x + o.x), y: Math.round(at.y + o.y) })).find((p) => clear(p.x, p.y));
      if (!free) throw new Error('no free spot near Apache Spark to move it to');
      spark.position(free);
      return free;
    });
    const menu = await openNodeMenu('apache-spark', 'Apache Spark');
    await menu.getByRole('menuitem', { name: 'Pin where it is' }).click();
    await page.waitForFunction((pin) => new URL(location.href).searchParams.get('pin') === pin, `apache-spark:${moved.x}:${moved.y}`);
    await page.reload();
    await waitForGraph(page, 30);
    const after = await page.evaluate(() => window.cy!.getElementById('apache-spark').position());
    expect({ x: Math.round(after.x), y: Math.round(after.y) }).toEqual(moved);
  });
});

describe('the node menu', () => {
  it('expands by one relation type only', async () => {
    await openApp(page, app.server.url, 30);
    const before = new Set(await drawnIds());
    const menu = await openNodeMenu('apache-spark', 'Apache Spark');
    await menu.getByRole('menuitem', { name: 'Expand: integrates with' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('expand') === 'apache-spark:1:INTEGRATES_WITH');
    await page.waitForFunction((n) => (window.cy?.nodes().length ?? 0) > n, before.size);
    const added = (await drawnIds()).filter((id) => !before.has(id));
    const joined = await page.evaluate(
      (ids) =>
        ids.filter((id) =>
          window
            .cy!.getElementById(id)
            .edgesWith('#apache-spark')
            .some((e) => e.data('type') === 'INTEGRATES_WITH'),
        ),
      added,
    );
    expect(added.length).toBeGreaterThan(0);
    expect(joined.sort()).toEqual([...added].sort());
  });

  it('opens details, starts a path from the node and compares it', async () => {
    await openApp(page, app.server.url, 30);
    await (await openNodeMenu('apache-spark', 'Apache Spark')).getByRole('menuitem', { name: 'Open details' }).click();
    await page.getByRole('heading', { name: 'Apache Spark', level: 2 }).waitFor();
    expect(param('focus')).toBe('apache-spark');
    await page.keyboard.press('Escape');
    await (await openNodeMenu('hdfs', 'HDFS')).getByRole('menuitem', { name: 'Find a path from here' }).click();
    const from = page.getByRole('combobox', { name: 'Path from' });
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('[aria-label="Path from"]')?.value ?? '') === 'HDFS');
    expect(await from.inputValue()).toBe('HDFS');
    await (await openNodeMenu('kubernetes', 'Kubernetes')).getByRole('menuitem', { name: 'Compare with…' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('view') === 'compare');
    expect(param('a')).toBe('kubernetes');
  });
});

describe('the background menu and tooltips', () => {
  it('switches the layout and fits a panned scene back on screen', async () => {
    await openApp(page, app.server.url, 30);
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    const background = async () => {
      await page.mouse.click(box.x + 6, box.y + box.height / 2, { button: 'right' });
      const menu = page.getByRole('menu', { name: 'Scene actions' });
      await menu.waitFor();
      return menu;
    };
    await (await background()).getByRole('menuitemradio', { name: /Concentric/ }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('layout') === 'concentric');
    await page.evaluate(() => {
      window.cy!.panBy({ x: 2000, y: 1200 });
    });
    const offScreen = () =>
      page.evaluate(() => {
        const cy = window.cy!;
        return cy.nodes().filter((n) => {
          const p = n.renderedPosition();
          return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
        }).length;
      });
    expect(await offScreen()).toBe(40);
    await (await background()).getByRole('menuitem', { name: 'Fit to screen' }).click();
    // Fit animates: wait until every node has come back inside the canvas.
    await page
      .waitForFunction(
        () => {
          const cy = window.cy!;
          return cy
            .nodes()
            .filter((n) => {
              const p = n.renderedPosition();
              return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
            })
            .empty();
        },
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    expect(await offScreen()).toBe(0);
  });

  it('shows a tooltip on an edge with its relation, note and source, and again after a zoom', async () => {
    await openApp(page, app.server.url, 30);
    await waitForStill(page);
    const edge = await centreClearEdge(page, 'apache-spark');
    await waitForStill(page);
    const at = await edgePoint(page, edge.id);
    await page.mouse.move(at.x - 30, at.y - 30);
    await page.mouse.move(at.x, at.y, { steps: 5 });
    const tooltip = page.getByRole('tooltip').filter({ hasText: `Apache Spark ${edge.label} ${edge.targetName}` });
    await tooltip.waitFor({ timeout: 10_000 }).catch(async (error: unknown) => {
      const shown = await page.getByRole('tooltip').allTextContents();
      const now = await edgePoint(page, edge.id);
      throw new Error(`no tooltip for ${edge.id} at ${JSON.stringify(at)} (its midpoint now ${JSON.stringify(now)}); shown: ${JSON.stringify(shown)}`, {
        cause: error,
      });
    });
    expect((await tooltip.textContent()) ?? '').toMatch(/Source: \S/);
    await saveScreenshot(page, 'scene-edge-tooltip');

    // A zoom about the pointer hides the tooltip and leaves the edge where it was under the pointer; the
    // next small move along the edge, which never leaves it, shows the tooltip again.
    const along = await page.evaluate((id) => {
      const cy = window.cy!;
      const edge = cy.getElementById(id) as EdgeSingular;
      const [mid, from, to] = [edge.renderedMidpoint(), edge.renderedSourceEndpoint(), edge.renderedTargetEndpoint()];
      cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: mid });
      const length = Math.hypot(to.x - from.x, to.y - from.y);
      return { x: (2 * (to.x - from.x)) / length, y: (2 * (to.y - from.y)) / length };
    }, edge.id);
    await tooltip.waitFor({ state: 'hidden' });
    await page.mouse.move(at.x + along.x, at.y + along.y);
    await tooltip.waitFor({ timeout: 10_000 });
  });
});

describe('keyboard focus', () => {
  it('stays on the page after Expand, Collapse and Escape from the panels', async () => {
    await openApp(page, `${app.server.url}/?focus=kubernetes`, 30);
    const panel = page.getByRole('complementary', { name: 'Details' });
    const expand = panel.getByRole('button', { name: 'Expand neighbours' });
    await expand.focus();
    await page.keyboard.press('Enter');
    await panel.getByRole('button', { name: 'Expand again' }).waitFor();
    expect(await activeIsBody()).toBe(false);
    await panel.getByRole('button', { name: 'Collapse' }).focus();
    await page.keyboard.press('Enter');
    await panel.getByRole('button', { name: 'Expand neighbours' }).waitFor();
    expect(await activeIsBody()).toBe(false);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('focus'));
    await page.waitForTimeout(100);
    expect(await activeIsBody()).toBe(false);
  });

  it("stays on the page when the browser's Back closes the panel that holds it", async () => {
    await openApp(page, app.server.url, 30);
    await centreOn(page, 'apache-spark');
    const at = await nodePoint(page, 'apache-spark');
    await page.mouse.click(at.x, at.y);
    const heading = page.getByRole('heading', { level: 2, name: 'Apache Spark' });
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('[aria-label="Details"]') != null);
    await page.goBack();
    await page.getByRole('complementary', { name: 'Details' }).waitFor({ state: 'detached' });
    expect(param('focus')).toBeNull();
    expect(await activeIsBody()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('#scene') != null)).toBe(true);
  });
});

import { readFile } from 'node:fs/promises';
import type { EdgeSingular } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { badHrefs, edgePoint } from '../support/scene.ts';
import { openApp, saveScreenshot } from '../support/web.ts';

const app = useBrowserSuite({ warmUp: true });
let page: Page;

beforeEach(async () => {
  page = await app.browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
});

afterEach(async () => {
  await page.close();
});

describe('evidence on every relation', () => {
  it('links every misconception and relation source to its page, and no href on the page points anywhere else', async () => {
    await openApp(page, `${app.server.url}/?focus=apache-spark`, 30);
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.getByRole('heading', { name: 'Common misconceptions' }).waitFor();
    const remarkLinks = await panel.locator('.remark a').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(remarkLinks.length).toBeGreaterThan(0);
    for (const [text, href] of remarkLinks) {
      expect(href).toMatch(/^https:\/\/\S+$/);
      expect(text).not.toContain('<');
    }
    expect(await panel.locator('.relations a[href^="https://"]').count()).toBeGreaterThan(3);
    // Every curated relation of Spark now cites a page; none falls back to the seed notes.
    expect(await panel.getByText('Curated note (no external page)').count()).toBe(0);
    expect(await badHrefs(page)).toEqual([]);
    await saveScreenshot(page, 'evidence-details');
  });

  it('opens the relation inspector from the details panel with type, meaning, note and a working source link', async () => {
    await openApp(page, `${app.server.url}/?focus=apache-spark`, 30);
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.getByRole('button', { name: 'Evidence for Apache Spark runs on Kubernetes' }).click();
    const inspector = page.getByRole('complementary', { name: 'Relation' });
    await inspector.getByRole('heading', { name: 'Apache Spark runs on Kubernetes' }).waitFor();
    const text = await inspector.textContent();
    for (const part of ['RUNS_ON', 'Meaning', 'native Kubernetes scheduler']) expect(text).toContain(part);
    const link = inspector.getByRole('link', { name: 'Running Spark on Kubernetes' });
    expect(await link.getAttribute('href')).toBe('https://spark.apache.org/docs/latest/running-on-kubernetes.html');
    expect(await page.evaluate(() => window.cy!.getElementById('apache-spark|RUNS_ON|kubernetes').hasClass('inspected'))).toBe(true);
    expect(await badHrefs(page)).toEqual([]);
    await saveScreenshot(page, 'evidence-inspector');
  });

  it('inspects a relation clicked on the canvas', async () => {
    await openApp(page, `${app.server.url}/?scene=all`, 200);
    // The longest edge with a cited page: its midpoint lies far from any node, so the click lands on the edge.
    const id = await page.evaluate(() => {
      const cy = window.cy!;
      const cited = cy.edges().filter((e) => String(e.data('citation')).includes('<https://'));
      const free = cited.filter((e) => {
        const mid = (e as EdgeSingular).renderedMidpoint();
        return cy
          .nodes()
          .toArray()
          .every((n) => {
            const p = n.renderedPosition();
            return Math.hypot(p.x - mid.x, p.y - mid.y) > n.renderedWidth() / 2 + 12;
          });
      });
      return free.max((e) => e.renderedBoundingBox({}).w + e.renderedBoundingBox({}).h).ele.id();
    });
    const at = await edgePoint(page, id);
    await page.mouse.click(at.x, at.y);
    const inspector = page.getByRole('complementary', { name: 'Relation' });
    await inspector.waitFor();
    const href = await inspector.locator('a').first().getAttribute('href');
    expect(href).toMatch(/^https:\/\/\S+$/);
    // Two relations can share a midpoint (A uses B, B integrates with A): the inspected one is the one clicked, whichever it is.
    const inspected = await page.evaluate(() => window.cy!.edges('.inspected').map((e) => String(e.data('citation'))));
    expect(inspected).toHaveLength(1);
    expect(inspected[0]).toContain(`<${href}>`);
  });

  it('keeps sources in the JSON export and marks the path in a path export', async () => {
    await openApp(page, `${app.server.url}/?from=apache-spark&to=hdfs`, 30);
    await page.waitForFunction(() => window.cy?.getElementById('hdfs').hasClass('path'));
    const json = page.waitForEvent('download');
    await page.getByRole('button', { name: 'JSON' }).click();
    const saved = JSON.parse(await readFile((await (await json).path())!, 'utf8')) as {
      nodes: Array<{ id: string; onPath: boolean }>;
      edges: Array<{ id: string; onPath: boolean; citation: { title: string; url: string | null } }>;
    };
    expect(saved.edges.filter((e) => e.citation.url?.startsWith('https://')).length).toBeGreaterThan(10);
    expect(saved.edges.every((e) => e.citation.title.length > 0)).toBe(true);
    expect(saved.nodes.filter((n) => n.onPath).map((n) => n.id)).toEqual(expect.arrayContaining(['apache-spark', 'hdfs']));
    expect(saved.edges.some((e) => e.onPath)).toBe(true);
  }, 150_000);

  it('has no href outside http(s) and the app in any view', async () => {
    for (const query of ['', '?view=lineage', '?view=equivalents&service=aws-lambda', '?view=compare&a=apache-spark&b=apache-flink']) {
      await page.goto(`${app.server.url}/${query}`);
      await page.waitForTimeout(2500);
      expect(await badHrefs(page), query).toEqual([]);
    }
  });
});

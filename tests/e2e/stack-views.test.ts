import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { labelsOutside, openApp, saveScreenshot, waitForGraph } from '../support/web.ts';

const app = useBrowserSuite();

const withPage = (run: (page: Page) => Promise<void>) => app.withPage({ viewport: { width: 1440, height: 900 } }, run);

describe('the stack view', () => {
  it(
    'draws a stack from the URL with its connector, summary, overlaps and isolated members flagged',
    () =>
      withPage(async (page) => {
        // The first page after the build waits for the whole base graph as well; on a busy machine that takes a while.
        await page.goto(`${app.server.url}/?view=stack&stack=apache-kafka,apache-spark,amazon-s3,apache-airflow,hadoop-mapreduce,django`);
        await page.getByRole('region', { name: 'Summary' }).waitFor({ timeout: 90_000 });
        await waitForGraph(page, 7);
        const drawn = await page.evaluate(() => ({
          connectors: window.cy!.nodes('.stack-connector').map((n) => n.id()),
          isolated: window.cy!.nodes('.stack-isolated').map((n) => n.id()),
          overlapEdges: window.cy!.edges('.stack-overlap-edge').map((e) => e.id()),
        }));
        expect(drawn.connectors).toEqual(['spark-structured-streaming']);
        expect(drawn.isolated).toEqual(['django']);
        expect(drawn.overlapEdges).toEqual(['overlap|apache-spark|hadoop-mapreduce']);
        // The fit counts every label, so none is cut at the canvas's edge.
        expect(await labelsOutside(page)).toEqual([]);
        const summary = await page.getByRole('region', { name: 'Summary' }).textContent();
        expect(summary).toMatch(/through 1 connector: Structured Streaming\./);
        expect(await page.getByRole('region', { name: 'Overlaps' }).textContent()).toContain('Apache Spark is an upgrade of Hadoop MapReduce');
        await saveScreenshot(page, 'stack');
      }),
    150_000,
  );

  it('adds members with the search box and keeps them in the URL', () =>
    withPage(async (page) => {
      await page.goto(`${app.server.url}/?view=stack&stack=apache-spark`);
      const box = page.getByRole('combobox', { name: 'Add a technology' });
      await box.fill('Hadoop');
      await page
        .getByRole('option', { name: /^Apache Hadoop/ })
        .first()
        .click();
      await page.waitForFunction(() => (window.cy?.nodes('.stack-connector').length ?? 0) > 0, null, { timeout: 30_000 });
      expect(new URL(page.url()).searchParams.get('stack')).toBe('apache-spark,apache-hadoop');
      expect(await page.evaluate(() => window.cy!.nodes('.stack-connector').map((n) => n.id()))).toEqual(['hadoop-yarn']);
    }));

  it(
    'shows the stack translated to Google Cloud beside the drawing, refitted to its narrower canvas',
    () =>
      withPage(async (page) => {
        await page.goto(`${app.server.url}/?view=stack&stack=amazon-emr,amazon-s3,amazon-mwaa,amazon-data-firehose`);
        await page.getByRole('region', { name: 'Summary' }).waitFor({ timeout: 90_000 });
        await waitForGraph(page, 4);
        const before = await page.evaluate(() => window.cy!.width());
        await page.getByRole('radio', { name: 'on Google Cloud' }).check();
        // The translation takes part of the width; the whole drawing must then fit what is left, labels included.
        await page.waitForFunction((wide) => (window.cy?.width() ?? wide) < wide, before, { timeout: 10_000 });
        await expect.poll(() => labelsOutside(page), { timeout: 10_000 }).toEqual([]);
        const translated = page.getByRole('region', { name: 'Translated stack' });
        await translated.getByText('Google Cloud Dataproc', { exact: true }).waitFor();
        const text = await translated.textContent();
        expect(text).toContain('Amazon S3 → Google Cloud Storage');
        expect(text).toContain('Amazon Data Firehose → nothing recorded');
        expect(new URL(page.url()).searchParams.get('cloud')).toBe('google-cloud');
        await saveScreenshot(page, 'stack-translated');
      }),
    150_000,
  );
});

describe('the alternatives finder', () => {
  it('ranks open-source alternatives to Airflow that run on Kubernetes as cards with reasons', () =>
    withPage(async (page) => {
      await page.goto(`${app.server.url}/?view=alternatives&alt=apache-airflow&runs-on=kubernetes&oss=yes`);
      const cards = page.locator('.alternative-card');
      await cards.first().waitFor();
      expect(await cards.count()).toBeGreaterThan(1);
      expect(await cards.nth(0).textContent()).toMatch(/Argo Workflows.*is recorded as an alternative to Apache Airflow/);
      expect(await page.locator('.alternative-card', { hasText: 'Kubeflow Pipelines' }).count()).toBe(1);
      for (const reason of await page.locator('.alternative-card .reason').allTextContents()) expect(reason).toMatch(/runs on Kubernetes and is open source/);
      await saveScreenshot(page, 'alternatives');
    }));

  it(
    'opens from "Find alternatives…" in the details panel',
    () =>
      withPage(async (page) => {
        await openApp(page, `${app.server.url}/?focus=apache-airflow&scene=all`, 100);
        await page.getByRole('complementary', { name: 'Details' }).getByRole('button', { name: 'Find alternatives…' }).click();
        await page.locator('.alternative-card').first().waitFor();
        expect(new URL(page.url()).searchParams.get('alt')).toBe('apache-airflow');
        expect(await page.locator('.alternative-card').count()).toBeGreaterThan(4);
      }),
    150_000,
  );
});

describe('the release-year slider', () => {
  it(
    'shows the lineage as it was in a year, and plays forward to the latest year',
    () =>
      withPage(async (page) => {
        await openApp(page, `${app.server.url}/?view=lineage`, 4);
        const all = await page.evaluate(() => window.cy!.nodes().length);
        const slider = page.getByRole('slider', { name: 'Release year' });
        await slider.fill('2008');
        await page.waitForFunction((n) => (window.cy?.nodes().length ?? n) < n, all);
        const drawn = await page.evaluate(() => window.cy!.nodes().map((n) => n.id()));
        expect(drawn).toContain('hadoop-mapreduce');
        expect(drawn).not.toContain('apache-spark');
        await saveScreenshot(page, 'lineage-2008');
        await page.getByRole('button', { name: 'Play' }).click();
        await page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 60_000 });
        expect(await page.evaluate(() => window.cy!.nodes().length)).toBe(all);
      }),
    150_000,
  );

  it(
    'cuts the explore canvas to what was released by the chosen year',
    () =>
      withPage(async (page) => {
        await openApp(page, `${app.server.url}/?scene=all`, 100);
        const all = await page.evaluate(() => window.cy!.nodes().length);
        await page.getByRole('slider', { name: 'Release year' }).fill('2005');
        await page.waitForFunction((n) => (window.cy?.nodes().length ?? n) < n, all);
        const years = await page.evaluate(() => window.cy!.nodes().map((n) => n.id()));
        expect(years).not.toContain('apache-spark');
        expect(years).toContain('python');
        await saveScreenshot(page, 'explore-2005');
      }),
    150_000,
  );
});

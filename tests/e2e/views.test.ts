import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { openApp, saveScreenshot, waitForGraph } from '../support/web.ts';

const app = useBrowserSuite();

const desktop = { viewport: { width: 1440, height: 900 } };

describe('the special views', () => {
  it('draws upgrade lineage left to right, older technologies first', () =>
    app.withPage(desktop, async (page) => {
      await openApp(page, `${app.server.url}/?view=lineage`, 4);
      const positions = await page.evaluate(() => {
        const x = (id: string) => window.cy!.getElementById(id).position('x');
        return { mapreduce: x('hadoop-mapreduce'), spark: x('apache-spark'), edges: window.cy!.edges().length };
      });
      expect(positions.mapreduce).toBeLessThan(positions.spark);
      expect(positions.edges).toBeGreaterThan(2);
      expect(await page.locator('.chains li').count()).toBeGreaterThan(1);
      await saveScreenshot(page, 'lineage');
    }));

  it('puts a cloud service beside its equivalents at the other clouds', () =>
    app.withPage(desktop, async (page) => {
      await page.goto(`${app.server.url}/?view=equivalents&service=aws-lambda`);
      const columns = page.locator('.cloud-column');
      await page.getByRole('region', { name: 'Google Cloud' }).getByText('Google Cloud Functions').waitFor();
      expect(await page.getByRole('region', { name: 'AWS' }).textContent()).toContain('AWS Lambda');
      expect(await page.getByRole('region', { name: 'Azure' }).textContent()).toContain('Azure Functions');
      expect(await columns.count()).toBeGreaterThanOrEqual(3);
      await saveScreenshot(page, 'equivalents');
    }));

  it('compares two technologies side by side', () =>
    app.withPage(desktop, async (page) => {
      await page.goto(`${app.server.url}/?view=compare&a=apache-spark&b=apache-flink`);
      await page.locator('.compare-facts').waitFor();
      expect(await page.locator('.compare-facts thead').textContent()).toContain('Apache Flink');
      const shared = page.getByRole('region', { name: 'Both' });
      expect(await shared.locator('li').count()).toBeGreaterThan(0);
      expect(await page.getByRole('region', { name: 'Only Apache Spark' }).locator('li').count()).toBeGreaterThan(0);
      await saveScreenshot(page, 'compare');
    }));

  it('fits a phone screen: the details become a bottom sheet and the filters a drawer', () =>
    app.withPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, async (page) => {
      await openApp(page, `${app.server.url}/?focus=apache-spark`, 30);
      await page.getByRole('heading', { level: 2, name: 'Apache Spark' }).waitFor();
      const sheet = await page.getByRole('complementary', { name: 'Details' }).boundingBox();
      expect(sheet?.width).toBe(390);
      expect((sheet?.y ?? 0) + (sheet?.height ?? 0)).toBeCloseTo(844, 0);
      expect(await page.getByRole('complementary', { name: 'Path finder and filters' }).isVisible()).toBe(false);
      await saveScreenshot(page, 'phone-details');
      await page.getByRole('button', { name: 'Close details' }).click();
      await page.getByRole('button', { name: 'Paths & filters' }).click();
      await page.getByRole('complementary', { name: 'Path finder and filters' }).waitFor({ state: 'visible' });
      await page.waitForTimeout(300);
      await saveScreenshot(page, 'phone-drawer');
      await page.getByRole('button', { name: 'Close paths and filters' }).click();
      await page.getByRole('complementary', { name: 'Path finder and filters' }).waitFor({ state: 'hidden' });
    }));

  it('follows a dark system theme', () =>
    app.withPage({ ...desktop, colorScheme: 'dark' }, async (page) => {
      await openApp(page, `${app.server.url}/?focus=kubernetes`, 30);
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(background).toBe('rgb(18, 21, 28)');
      await waitForGraph(page, 30);
      await saveScreenshot(page, 'dark-theme');
    }));
});

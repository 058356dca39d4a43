import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { saveScreenshot } from '../support/web.ts';

const app = useBrowserSuite();

const withPage = (run: (page: Page) => Promise<void>) => app.withPage({ viewport: { width: 1440, height: 900 } }, run);

describe('the lifecycle status of a technology', () => {
  it(
    'shows a badge in the search results and the status with its source in the details panel',
    () =>
      withPage(async (page) => {
        await page.goto(app.server.url);
        const box = page.getByRole('combobox', { name: 'Search technologies' });
        await box.waitFor({ timeout: 90_000 });
        await box.fill('TorchServe');
        const option = page.getByRole('option', { name: /^TorchServe/ }).first();
        await option.waitFor({ timeout: 30_000 });
        expect(await option.locator('.status-badge').textContent()).toBe('retired 2025');
        await saveScreenshot(page, 'lifecycle-search');
        await option.click();

        const details = page.getByRole('complementary', { name: 'Details' });
        // The panel opens once the base graph has loaded, which on a busy machine takes a while.
        await details.getByRole('heading', { name: 'TorchServe', exact: true }).waitFor({ timeout: 100_000 });
        expect(await details.locator('header .status-badge').textContent()).toBe('retired 2025');
        const status = details.locator('dd.lifecycle');
        expect(await status.textContent()).toMatch(/^retired since 2025 · TorchServe README, limited maintenance notice/);
        expect(await status.getByRole('link').getAttribute('href')).toBe('https://github.com/pytorch/serve/blob/master/README.md');
        await saveScreenshot(page, 'lifecycle-details');
      }),
    200_000,
  );

  it('lets the alternatives finder leave out technologies that are not active', () =>
    withPage(async (page) => {
      await page.goto(`${app.server.url}/?view=alternatives&alt=tensorflow-serving`);
      const torchServe = page.locator('.alternative-card', { hasText: 'TorchServe' });
      await torchServe.waitFor({ timeout: 60_000 });
      expect(await torchServe.locator('.status-badge').textContent()).toBe('retired 2025');
      const names = () => page.locator('.alternative-card h3 button').allTextContents();
      const before = await names();
      const badged = await page
        .locator('.alternative-card', { has: page.locator('.status-badge') })
        .locator('h3 button')
        .allTextContents();
      expect(badged.length).toBeGreaterThan(0);

      await page.getByRole('checkbox', { name: /Active only/ }).check();
      // The cards go while the narrower list loads, then come back without TorchServe.
      await torchServe.waitFor({ state: 'detached' });
      await page.locator('.alternative-card').first().waitFor({ timeout: 30_000 });
      // Every card with a status badge (retired, deprecated, in maintenance) goes, and only those: the
      // active cards keep their order, and the list may fill up with active ones that were below the cut.
      const active = before.filter((name) => !badged.includes(name));
      expect((await names()).slice(0, active.length)).toEqual(active);
      expect(await page.locator('.alternative-card .status-badge').count()).toBe(0);
      expect(new URL(page.url()).searchParams.get('active')).toBe('yes');
      await saveScreenshot(page, 'alternatives-active-only');
    }));
});

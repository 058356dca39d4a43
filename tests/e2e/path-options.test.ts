import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { saveScreenshot, waitForGraph } from '../support/web.ts';

const app = useBrowserSuite();
let page: Page;

beforeEach(async () => {
  page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
});

afterEach(async () => {
  await page.close();
});

/** Ids along the path the finder shows, read from its list of steps. */
const shownPath = () => page.locator('.path-nodes li > button.link').allTextContents();

/** Waits until a path is shown and passes through `name` (or, with `present` false, does not): while a new answer loads, no path is shown. */
async function waitForPathThrough(name: string, present = true) {
  const through = ([n, p]: readonly [string, boolean]) => {
    const shown = [...document.querySelectorAll('.path-nodes li > button.link')];
    return shown.length > 0 && shown.some((b) => b.textContent === n) === p;
  };
  await page.waitForFunction(through, [name, present] as const, { timeout: 90_000 });
}

/** Opens the app on a path question; the first answer compiles the path statements, slow on a busy machine. */
async function openPath(search: string) {
  await page.goto(`${app.server.url}/${search}`);
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) >= 30, null, { timeout: 120_000 });
  await waitForGraph(page, 30);
  await page.locator('.path-current').waitFor({ timeout: 90_000 });
}

describe('the path finder options', () => {
  it('goes through Python only once "Avoid generic hubs" is turned off, and keeps the choice in the address', async () => {
    await openPath('?from=dvc&to=fastapi&scene=all');
    const hubs = page.getByRole('checkbox', { name: 'Avoid generic hubs' });
    expect(await hubs.isChecked()).toBe(true);
    expect(await shownPath()).not.toContain('Python');
    await saveScreenshot(page, 'path-options-hubs-avoided');

    await hubs.uncheck();
    await waitForPathThrough('Python');
    expect(await shownPath()).toEqual(['DVC', 'Python', 'FastAPI']);
    expect(new URL(page.url()).searchParams.get('path-hubs')).toBe('allow');
    await saveScreenshot(page, 'path-options-hubs-allowed');

    await page.reload();
    await page.locator('.path-current').waitFor({ timeout: 90_000 });
    expect(await page.getByRole('checkbox', { name: 'Avoid generic hubs' }).isChecked()).toBe(false);
    expect(await shownPath()).toContain('Python');
  }, 400_000);

  it('leaves out a node picked from a path step, then one picked with the search box, and lets both back in', async () => {
    await openPath('?from=apache-spark&to=apache-hadoop&scene=all');
    await waitForPathThrough('Hadoop MapReduce');

    await page.getByRole('button', { name: 'Leave Hadoop MapReduce out of paths' }).click();
    await waitForPathThrough('Hadoop MapReduce', false);
    expect(await shownPath()).toEqual(['Apache Spark', 'YARN', 'Apache Hadoop']);
    expect(new URL(page.url()).searchParams.get('path-exclude')).toBe('hadoop-mapreduce');

    const box = page.getByRole('combobox', { name: 'Leave a node out of paths' });
    await box.fill('YARN');
    await page.getByRole('option', { name: /^YARN/ }).first().click();
    await waitForPathThrough('YARN', false);
    expect(await shownPath()).not.toContain('Hadoop MapReduce');
    expect(new URL(page.url()).searchParams.get('path-exclude')).toBe('hadoop-mapreduce,hadoop-yarn');
    const chips = page.getByRole('list', { name: 'Left out of paths' });
    expect(await chips.locator('li').allTextContents()).toEqual(['Hadoop MapReduce×', 'YARN×']);
    expect(await page.locator('.path-results .summary').textContent()).not.toMatch(/YARN|MapReduce/);
    await saveScreenshot(page, 'path-options-excluded');

    await page.getByRole('button', { name: 'Stop leaving out Hadoop MapReduce' }).click();
    await page.getByRole('button', { name: 'Stop leaving out YARN' }).click();
    await waitForPathThrough('Hadoop MapReduce');
    expect(new URL(page.url()).searchParams.get('path-exclude')).toBeNull();
  }, 400_000);
});

import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { openApp, saveScreenshot } from '../support/web.ts';

const app = useBrowserSuite();
let page: Page;

beforeEach(async () => {
  page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
});

afterEach(async () => {
  await page.close();
});

async function choose(box: string, text: string, option: RegExp) {
  const input = page.getByRole('combobox', { name: box });
  await input.fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

const highlighted = () =>
  page.evaluate(() => ({
    nodes: window
      .cy!.nodes('.path')
      .map((n) => n.id())
      .sort(),
    edges: window.cy!.edges('.path').map((e) => e.id()),
    dimmed: window.cy!.elements('.dimmed').length,
    total: window.cy!.elements().length,
  }));

describe('the path finder', () => {
  it('highlights the shortest path from Spark to HDFS, dims the rest and explains it', async () => {
    await openApp(page, app.server.url, 30);
    await choose('Path from', 'Apache Spark', /^Apache Spark/);
    await choose('Path to', 'HDFS', /^HDFS/);
    await page.waitForFunction(() => (window.cy?.nodes('.path').length ?? 0) > 0);
    await page.waitForTimeout(500);
    const path = await highlighted();
    expect(path.nodes).toEqual(['apache-spark', 'hdfs']);
    expect(path.edges).toEqual(['apache-spark|STORES_DATA_IN|hdfs']);
    expect(path.dimmed).toBeGreaterThan(path.total - 5);
    const results = page.locator('.path-results');
    expect(await results.locator('.summary').textContent()).toMatch(/Spark.*stores data in.*HDFS/i);
    expect(await results.locator('.stepper').textContent()).toContain('Path 1 of');
    const url = new URL(page.url());
    expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual(['apache-spark', 'hdfs']);
    await saveScreenshot(page, 'path-spark-hdfs');

    await page.getByRole('button', { name: 'Next path' }).click();
    await page.waitForFunction(() => (window.cy?.nodes('.path').length ?? 0) > 2);
    const second = await highlighted();
    expect(second.nodes).toContain('apache-spark');
    expect(second.nodes).toContain('hdfs');
    expect(new URL(page.url()).searchParams.get('path')).toBe('2');
    await saveScreenshot(page, 'path-spark-hdfs-alternative');
  });

  it('follows only the relation types ticked in the path finder', async () => {
    await openApp(page, `${app.server.url}/?from=apache-spark&to=hdfs`, 30);
    await page.waitForFunction(() => (window.cy?.nodes('.path').length ?? 0) > 0);
    await page.getByText('Follow relation types').click();
    await page.locator('.path-types').getByRole('checkbox', { name: 'runs on' }).check();
    await page.locator('.path-types').getByRole('checkbox', { name: 'is part of' }).check();
    await page.waitForFunction(() => window.cy?.getElementById('apache-spark|STORES_DATA_IN|hdfs').hasClass('path') === false);
    await page.waitForFunction(() => (window.cy?.edges('.path').length ?? 0) > 1);
    const types = await page.evaluate(() => window.cy!.edges('.path').map((e) => e.data('type') as string));
    expect(new Set(types)).toEqual(new Set(['RUNS_ON', 'PART_OF']));
    expect(new URL(page.url()).searchParams.get('path-relations')).toBe('PART_OF,RUNS_ON');
  });

  it('answers a question typed in plain words', async () => {
    await openApp(page, app.server.url, 30);
    await page.getByText('Ask a question').click();
    await page.getByRole('textbox', { name: 'Question' }).fill('how does Spark relate to HDFS');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window.cy?.nodes('.path').length ?? 0) > 0);
    await page.waitForTimeout(500);
    const path = await highlighted();
    expect(path.nodes).toEqual(['apache-spark', 'hdfs']);
    expect(await page.locator('.path-results .message').textContent()).toBeTruthy();
    expect(await page.locator('.path-results .summary').textContent()).toMatch(/HDFS/);
    expect(new URL(page.url()).searchParams.get('ask')).toBe('how does Spark relate to HDFS');
    await saveScreenshot(page, 'question');
  });

  it("tells how Spark relates to Hadoop in a paragraph and shows each path's strength", async () => {
    await openApp(page, `${app.server.url}/?from=apache-spark&to=apache-hadoop&scene=all`, 200);
    await page.waitForFunction(() => (window.cy?.nodes('.path').length ?? 0) > 0);
    const results = page.locator('.path-results');
    expect(await results.locator('.connection-summary').textContent()).toMatch(/^Apache Spark relates to Apache Hadoop in three ways: /);
    expect(await results.locator('.strength').textContent()).toMatch(/^(Strong|Moderate)$/);
    await saveScreenshot(page, 'path-spark-hadoop-summary');
  });

  it('marks a weak path apart from the strong one before it', async () => {
    await openApp(page, `${app.server.url}/?from=mlflow&to=python&scene=all`, 200);
    await page.waitForFunction(() => (window.cy?.nodes('.path').length ?? 0) > 0);
    await page.getByRole('button', { name: 'Next path' }).click();
    const current = page.locator('.path-current.weak');
    await current.waitFor();
    expect(await current.locator('.strength').textContent()).toBe('Weak');
    await saveScreenshot(page, 'path-weak');
  });

  it('offers all twelve relation types to follow', async () => {
    await openApp(page, `${app.server.url}/?scene=all`, 200);
    await page.getByText('Follow relation types').click();
    expect(await page.locator('.path-types input[type=checkbox]').count()).toBe(12);
  });

  it('says what it did not understand in a question', async () => {
    await openApp(page, `${app.server.url}/?ask=${encodeURIComponent('how does Sparkk relate to Blorbo')}`, 30);
    const message = page.locator('.path-results .message');
    await message.waitFor();
    expect((await message.textContent())?.length).toBeGreaterThan(10);
    expect(await page.evaluate(() => window.cy!.nodes('.path').length)).toBe(0);
  });
});

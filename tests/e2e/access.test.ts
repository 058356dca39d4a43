import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { nodePoint, seriousAxeViolations } from '../support/scene.ts';
import { openApp, saveScreenshot } from '../support/web.ts';

const app = useBrowserSuite({ warmUp: true });

const withPage = (size: { width: number; height: number }, run: (page: Page) => Promise<void>) => app.withPage({ viewport: size, colorScheme: 'light' }, run);

const desktop = { width: 1440, height: 900 };
const phone = { width: 390, height: 844 };
const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el
      ? `${el.tagName.toLowerCase()}|${el.getAttribute('role') ?? ''}|${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`
      : '';
  });

describe('keyboard and screen readers', () => {
  it('starts with a skip link, has one h1, and reaches the scene before the filters', async () => {
    await withPage(desktop, async (page) => {
      await openApp(page, app.server.url, 30);
      expect(await page.locator('h1').count()).toBe(1);
      await page.keyboard.press('Tab');
      expect(await active(page)).toContain('Skip to the content');
      const order: string[] = [];
      const isFilter = (entry: string) => /^input\|\|$/.test(entry);
      for (let i = 0; i < 120 && !order.some(isFilter); i++) {
        await page.keyboard.press('Tab');
        order.push(await active(page));
      }
      const at = (pattern: RegExp) => order.findIndex((entry) => pattern.test(entry));
      expect(at(/^input\|combobox/)).toBeGreaterThanOrEqual(0);
      expect(at(/Layout/)).toBeGreaterThan(at(/^input\|combobox/));
      expect(at(/^summary\|\|List of 40 nodes/)).toBeGreaterThan(at(/Layout/));
      // The filters come after the scene: search, scene, panels.
      expect(order.findIndex(isFilter), order.join('\n')).toBeGreaterThan(at(/List of 40 nodes/));
      // The skip link takes keyboard focus past the header, to the content.
      await page.locator('a.skip-link').focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    });
  });

  it('reaches nodes through the scene list with the arrow keys and opens their details with Enter', async () => {
    await withPage(desktop, async (page) => {
      await openApp(page, app.server.url, 30);
      await page.getByText('List of 40 nodes').click();
      const list = page.getByRole('listbox', { name: 'Nodes in the scene' });
      await list.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const chosen = await list.locator('[aria-selected="true"]').textContent();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('focus') !== null);
      const name = chosen?.split(' · ')[0] ?? '';
      await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2, name }).waitFor();
      // Right steps to a neighbour of the focused node.
      await list.focus();
      await page.keyboard.press('ArrowRight');
      const neighbour = (await list.locator('[aria-selected="true"]').textContent())?.split(' · ')[0];
      const focusId = new URL(page.url()).searchParams.get('focus')!;
      const neighbours = await page.evaluate(
        (id) =>
          window
            .cy!.getElementById(id)
            .neighborhood('node')
            .map((n) => n.data('name') as string),
        focusId,
      );
      expect(neighbours).toContain(neighbour);
      await saveScreenshot(page, 'access-scene-list');
    });
  });

  it('keeps keyboard focus on the page after hiding a node and after undo', async () => {
    await withPage(desktop, async (page) => {
      await openApp(page, `${app.server.url}/?focus=kubernetes`, 30);
      const panel = page.getByRole('complementary', { name: 'Details' });
      await panel.getByRole('button', { name: 'Hide from canvas' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.cy?.getElementById('kubernetes').empty());
      expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
      await page.getByRole('button', { name: 'Undo' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.cy?.getElementById('kubernetes').nonempty());
      expect(await active(page)).toContain('Undo');
    });
  });

  it('passes axe-core without serious violations on the first view, with details, and with the relation inspector', async () => {
    await withPage(desktop, async (page) => {
      await openApp(page, app.server.url, 30);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.goto(`${app.server.url}/?focus=apache-spark`);
      await page.getByRole('heading', { level: 2, name: 'Apache Spark' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Evidence for Apache Spark runs on Kubernetes' }).click();
      await page.getByRole('complementary', { name: 'Relation' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }, 180_000);
});

describe('at phone width', () => {
  it('keeps the focused node visible above the details sheet with most of the canvas free, and every toolbar button (behind Tools) and tab on screen', async () => {
    await withPage(phone, async (page) => {
      await openApp(page, `${app.server.url}/?focus=apache-spark`, 30);
      await page.getByRole('heading', { level: 2, name: 'Apache Spark' }).waitFor();
      await page.waitForTimeout(800);
      const sheet = await page.getByRole('complementary', { name: 'Details' }).boundingBox();
      const node = await nodePoint(page, 'apache-spark');
      expect(node.y).toBeLessThan(sheet?.y ?? 0);
      expect(node.x).toBeGreaterThan(0);
      expect(node.x).toBeLessThan(phone.width);
      await saveScreenshot(page, 'phone-details-sheet');
      // The toolbar and year slider fold behind "Tools", so most of the canvas above the sheet is free.
      const area = await page.getByRole('region', { name: 'Graph' }).boundingBox();
      const top = await page.locator('.canvas-top').boundingBox();
      const free = ((sheet?.y ?? 0) - ((top?.y ?? 0) + (top?.height ?? 0))) / ((sheet?.y ?? 0) - (area?.y ?? 0));
      expect(free).toBeGreaterThan(0.6);
      expect(await page.getByRole('button', { name: 'Undo', exact: true }).isVisible()).toBe(false);
      const tools = page.getByRole('button', { name: 'Tools', exact: true });
      await tools.click();
      expect(await page.getByRole('button', { name: 'Hide tools' }).getAttribute('aria-expanded')).toBe('true');
      await saveScreenshot(page, 'phone-tools-open');
      for (const name of ['Undo', 'Redo', 'PNG', 'JSON', 'Fit']) {
        const box = await page.getByRole('button', { name, exact: true }).boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= phone.width, name).toBe(true);
      }
      const tabs = page.getByRole('navigation', { name: 'Views' }).getByRole('button');
      for (let i = 0; i < (await tabs.count()); i++) {
        const box = await tabs.nth(i).boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= phone.width, (await tabs.nth(i).textContent()) ?? '').toBe(true);
      }
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.goto(app.server.url);
      await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) >= 30);
      await page.waitForTimeout(800);
      await saveScreenshot(page, 'phone-first-view');
    });
  }, 180_000);
});

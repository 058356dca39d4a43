import { describe, expect, it } from 'vitest';
import { Db } from '../../../server/src/db/driver.ts';
import { createTechgraphYoga } from '../../../server/src/yoga.ts';

// The page and its files never touch the database, so a driver with nothing behind it will do.
const db = new Db({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'unused' });
const yoga = createTechgraphYoga({ db, graphiql: true });
const get = (path: string, headers: Record<string, string> = {}) => yoga.fetch(`http://techgraph.test${path}`, { headers });
const page = async () => (await get('/graphql', { accept: 'text/html' })).text();

/** Every URL the page names in src= or href=, and the settings in its JSON data block. */
async function pageParts() {
  const html = await page();
  const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
  const config = JSON.parse(/<script type="application\/json" id="graphiql-config">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null') as {
    options: { defaultQuery: string; headers: string };
    workers: Record<string, string>;
  };
  return { html, urls, config };
}

describe('the GraphiQL page', () => {
  it('has no inline script and names no other host: every script, style and icon is a file of this server', async () => {
    const { html, urls } = await pageParts();
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attributes, body] of scripts) {
      if (/type="application\/json"/.test(attributes ?? '')) continue;
      expect(attributes).toMatch(/src="\/graphql\/graphiql\//);
      expect(body).toBe('');
    }
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const url of urls) expect(url).toMatch(/^\/graphql\/graphiql\/\w+\/[\w.-]+$/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('serves every file the page, its stylesheet and Monaco ask for, to be cached for good', async () => {
    const { urls, config } = await pageParts();
    const css = await (await get(urls.find((u) => u.endsWith('.css')) ?? '')).text();
    const base = urls[0]?.slice(0, urls[0].lastIndexOf('/') + 1) ?? '';
    const fonts = [...css.matchAll(/url\((font-[\w.-]+)\)/g)].map((m) => base + m[1]);
    expect(fonts.length).toBeGreaterThan(10);
    expect(css).not.toMatch(/data:font/);
    for (const url of [...urls, ...Object.values(config.workers), ...fonts]) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('cache-control')).toContain('immutable');
      expect((await response.arrayBuffer()).byteLength, url).toBeGreaterThan(100);
    }
    expect(Object.keys(config.workers).sort()).toEqual(['editorWorkerService', 'graphql', 'json']);
  });

  it('opens with an example query and the Authorization header that mutations need', async () => {
    const { config } = await pageParts();
    expect(config.options.defaultQuery).toMatch(/paths\(from: "apache-spark", to: "hdfs"/);
    expect(JSON.parse(config.options.headers)).toEqual({ Authorization: expect.stringMatching(/^Bearer <API_TOKEN/) });
  });

  it('sends the 5 MB editor bundle gzipped to a client that accepts it', async () => {
    const { urls } = await pageParts();
    const bundle = urls.find((u) => u.endsWith('yoga-graphiql.js')) ?? '';
    const response = await get(bundle, { 'accept-encoding': 'gzip, br' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('answers 404 for a file of another version, and for every file when GraphiQL is off', async () => {
    const { urls } = await pageParts();
    const current = urls.find((u) => u.endsWith('boot.js')) ?? '';
    expect((await get(current.replace(/\/graphiql\/\w+\//, '/graphiql/0123456789ab/'))).status).toBe(404);
    const off = createTechgraphYoga({ db, graphiql: false });
    expect((await off.fetch(`http://techgraph.test${current}`)).status).toBe(404);
  });
});

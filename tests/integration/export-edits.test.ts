import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { seed } from '../../graph-seed/src/seed.ts';
import { defaultDataDir, loadSeedData } from '../../graph-seed/src/validate.ts';
import { exportEdits } from '../../server/src/cli/edits-yaml.ts';
import { dataOf, type TestApi, testApi } from '../support/graphql.ts';

const token = 'export-edits-test-token-0123456789';
let api: TestApi;

const technology = {
  id: 'export-probe-engine',
  name: 'Export Probe Engine',
  aliases: ['EPE'],
  kind: 'tool',
  categories: ['serverless'],
  vendor: 'aws',
  description: 'A technology made up by the export test; it never reaches the curated data.',
  firstRelease: 2024,
  license: 'MIT',
  homepage: 'https://example.com/export-probe',
};
const relation = {
  from: 'export-probe-engine',
  type: 'INTEGRATES_WITH',
  to: 'apache-spark',
  note: 'The export test links its probe to Spark.',
  source: 'seed-notes',
};

beforeAll(async () => {
  api = testApi({ apiToken: token });
  const auth = { authorization: `Bearer ${token}` };
  dataOf(await api.query('mutation ($input: TechnologyInput!) { createTechnology(input: $input) { id } }', { input: technology }, auth));
  dataOf(await api.query('mutation ($input: RelationInput!) { addRelation(input: $input) { id } }', { input: relation }, auth));
});
afterAll(async () => {
  await api.db.write("MATCH (n:Entity {id: 'export-probe-engine'}) DETACH DELETE n");
  await api.close();
});

describe('npm run export-edits', () => {
  it('exports what the API created as a data file in the curated format, and nothing curated', async () => {
    const result = await exportEdits(api.db, new Date('2026-01-02T03:04:05Z'));
    expect(result.problems).toEqual([]);
    expect(result.yaml).toMatch(/^# Technologies and relations created through the techgraph API, exported 2026-01-02T03:04:05.000Z\./);
    // Other suites may have left entries of their own in the shared database; none of them is curated.
    const exported = parse(result.yaml) as { technologies: Array<{ id: string }>; relations: Array<{ from: string }> };
    expect(exported.technologies.find((t) => t.id === technology.id)).toEqual(technology);
    expect(exported.relations.filter((r) => r.from === technology.id)).toEqual([relation]);
    const curated = await loadSeedData();
    const curatedIds = new Set(curated.technologies.map((t) => t.id));
    expect(exported.technologies.filter((t) => curatedIds.has(t.id))).toEqual([]);
  });

  it('writes a file that the seed validator accepts beside the curated data', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'techgraph-export-'));
    try {
      for (const name of await readdir(defaultDataDir)) await copyFile(path.join(defaultDataDir, name), path.join(folder, name));
      await writeFile(path.join(folder, 'zz-api-edits.yaml'), (await exportEdits(api.db)).yaml);
      const data = await loadSeedData(folder);
      expect(data.technologies.find((t) => t.id === technology.id)).toMatchObject(technology);
      expect(data.relations).toContainEqual(relation);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('finds the same entries after a seed, which never deletes them', async () => {
    await seed(api.db);
    const result = await exportEdits(api.db);
    const exported = parse(result.yaml) as { technologies: Array<{ id: string }>; relations: Array<{ from: string }> };
    expect(exported.technologies.find((t) => t.id === technology.id)).toEqual(technology);
    expect(exported.relations.filter((r) => r.from === technology.id)).toEqual([relation]);
  });
});

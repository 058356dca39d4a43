import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadSeedData, SeedDataError } from '../../../graph-seed/src/validate.ts';

const category = { id: 'distributed-processing', name: 'Distributed processing', description: 'Engines that split work over many machines.' };
const vendor = {
  id: 'apache',
  name: 'Apache Software Foundation',
  description: 'Stewards many open-source data projects.',
  homepage: 'https://www.apache.org',
};
const tech = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: id.toUpperCase(),
  kind: 'open-source-project',
  categories: ['distributed-processing'],
  vendor: 'apache',
  description: `A test technology called ${id} used by the validation tests.`,
  firstRelease: 2010,
  license: 'Apache-2.0',
  homepage: `https://${id}.example.org`,
  ...extra,
});
const relation = (from: string, type: string, to: string) => ({ from, type, to, note: `${from} relates to ${to} in a test.`, source: 'seed-notes' });

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function dataDir(files: Record<string, unknown>): Promise<string> {
  dir = await mkdtemp(path.join(os.tmpdir(), 'techgraph-data-'));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), typeof content === 'string' ? content : stringify(content));
  return dir;
}

async function problemsOf(files: Record<string, unknown>) {
  const error = await loadSeedData(await dataDir(files)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SeedDataError);
  return (error as SeedDataError).problems;
}

const base = { categories: [category], vendors: [vendor], technologies: [tech('alpha'), tech('beta')] };

describe('seed data validation', () => {
  it('accepts well-formed data spread over several files', async () => {
    const data = await loadSeedData(await dataDir({ 'a.yaml': base, 'b.yaml': { relations: [relation('alpha', 'UPGRADE_OF', 'beta')] } }));
    expect(data.technologies.map((t) => t.id)).toEqual(['alpha', 'beta']);
    expect(data.relations).toHaveLength(1);
  });

  it('refuses an unknown relation type and names file, entry and field', async () => {
    const problems = await problemsOf({ 'a.yaml': { ...base, relations: [relation('alpha', 'INSPIRED_BY', 'beta')] } });
    expect(problems).toEqual([expect.objectContaining({ file: 'a.yaml', entry: 'relations[0] (alpha INSPIRED_BY beta)', field: 'type' })]);
    expect(problems[0]?.message).toMatch(/must be one of UPGRADE_OF/);
  });

  it('refuses a relation whose endpoint does not exist', async () => {
    const problems = await problemsOf({ 'a.yaml': { ...base, relations: [relation('alpha', 'RUNS_ON', 'gamma')] } });
    expect(problems).toEqual([expect.objectContaining({ file: 'a.yaml', field: 'to', message: '"gamma" is not the id of any technology or vendor' })]);
  });

  it('refuses an id used twice, even across files', async () => {
    const problems = await problemsOf({ 'a.yaml': base, 'b.yaml': { technologies: [tech('alpha')] } });
    expect(problems).toEqual([expect.objectContaining({ file: 'b.yaml', entry: 'technologies[0] (alpha)', field: 'id' })]);
    expect(problems[0]?.message).toMatch(/duplicate id "alpha", already used in a.yaml/);
  });

  it('refuses a name or alias that already names another technology, however it is spelled', async () => {
    const problems = await problemsOf({
      'a.yaml': base,
      'b.yaml': { technologies: [tech('gamma', { aliases: ['Al-pha'] }), tech('delta', { name: 'Beta' }), tech('epsilon', { aliases: ['Eps', 'eps'] })] },
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'b.yaml',
        entry: 'technologies[0] (gamma)',
        field: 'aliases.0',
        message: expect.stringMatching(/^"Al-pha" already names the technology alpha/),
      }),
      expect.objectContaining({
        file: 'b.yaml',
        entry: 'technologies[1] (delta)',
        field: 'name',
        message: expect.stringMatching(/^"Beta" already names the technology beta/),
      }),
    ]);
  });

  it('refuses an entry with a missing field', async () => {
    const { description: _omitted, ...withoutDescription } = tech('gamma');
    const problems = await problemsOf({ 'a.yaml': { ...base, technologies: [...base.technologies, withoutDescription] } });
    expect(problems).toEqual([expect.objectContaining({ entry: 'technologies[2] (gamma)', field: 'description' })]);
  });

  it('refuses a field of the wrong type', async () => {
    const problems = await problemsOf({ 'a.yaml': { ...base, technologies: [tech('gamma', { firstRelease: 'twenty ten' })] } });
    expect(problems).toEqual([expect.objectContaining({ entry: 'technologies[0] (gamma)', field: 'firstRelease' })]);
  });

  it('refuses an unknown field, so typos do not pass silently', async () => {
    const problems = await problemsOf({ 'a.yaml': { ...base, technologies: [tech('gamma', { homepgae: 'https://x.org' })] } });
    expect(problems[0]).toMatchObject({ entry: 'technologies[0] (gamma)' });
    expect(problems[0]?.message).toMatch(/homepgae/);
  });

  it('refuses a symmetric relation given in both directions', async () => {
    const problems = await problemsOf({
      'a.yaml': { ...base, relations: [relation('alpha', 'ALTERNATIVE_TO', 'beta'), relation('beta', 'ALTERNATIVE_TO', 'alpha')] },
    });
    expect(problems).toEqual([expect.objectContaining({ entry: 'relations[1] (beta ALTERNATIVE_TO alpha)' })]);
    expect(problems[0]?.message).toMatch(/symmetric and is already given the other way round/);
  });

  it('refuses a relation from a technology to itself', async () => {
    const problems = await problemsOf({ 'a.yaml': { ...base, relations: [relation('alpha', 'INTEGRATES_WITH', 'alpha')] } });
    expect(problems.map((p) => p.message)).toEqual(['a relation cannot point at its own source']);
  });

  it('refuses a relation given twice', async () => {
    const problems = await problemsOf({ 'a.yaml': { ...base, relations: [relation('alpha', 'RUNS_ON', 'beta'), relation('alpha', 'RUNS_ON', 'beta')] } });
    expect(problems[0]?.message).toMatch(/duplicate relation/);
  });

  it('refuses an unknown category or vendor', async () => {
    const problems = await problemsOf({ 'a.yaml': { ...base, technologies: [tech('gamma', { categories: ['nowhere'], vendor: 'nobody' })] } });
    expect(problems.map((p) => p.field).sort()).toEqual(['categories.0', 'vendor']);
  });

  it('refuses derived relation types in the relations list', async () => {
    const problems = await problemsOf({ 'a.yaml': { ...base, relations: [relation('alpha', 'PROVIDED_BY', 'apache')] } });
    expect(problems[0]?.message).toMatch(/PROVIDED_BY and IN_CATEGORY come from the vendor and categories fields/);
  });

  it('refuses YAML that does not parse, naming the file', async () => {
    const problems = await problemsOf({ 'a.yaml': 'technologies: [\n  - id: x' });
    expect(problems[0]).toMatchObject({ file: 'a.yaml', field: '(yaml)' });
  });

  it('puts every problem into one readable message', async () => {
    const error = await loadSeedData(await dataDir({ 'a.yaml': { ...base, relations: [relation('alpha', 'RUNS_ON', 'nope')] } })).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^The graph data has 1 problem; nothing was written\./);
    expect((error as Error).message).toContain('a.yaml › relations[0] (alpha RUNS_ON nope) › to');
  });
});

import { describe, expect, it } from 'vitest';
import { technologySchema } from '../../../schema/model/data-schema.ts';
import { technologyNodeProps } from '../../../schema/model/node-shape.ts';

const technology = (extra: Record<string, unknown> = {}) => ({
  id: 'old-engine',
  name: 'Old Engine',
  kind: 'library',
  categories: ['stream-processing'],
  description: 'A streaming library kept here to test lifecycle statuses.',
  firstRelease: 2013,
  license: 'Apache-2.0',
  homepage: 'https://old-engine.example.org/',
  ...extra,
});
const source = 'Old Engine migration guide <https://old-engine.example.org/docs/migration.html>';

/** Each problem as "field: message", the way the seed check and the API report them. */
function problems(input: unknown): string[] {
  const result = technologySchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the lifecycle status of a technology', () => {
  it('defaults to active with no year and no source', () => {
    const parsed = technologySchema.parse(technology());
    expect(parsed.status).toBe('active');
    expect(parsed.statusSince).toBeUndefined();
  });

  it('accepts a status other than active with its year and a cited page', () => {
    expect(problems(technology({ status: 'deprecated', statusSince: 2023, statusSource: source }))).toEqual([]);
  });

  it('asks for the year and the source when the status is not active', () => {
    expect(problems(technology({ status: 'retired' }))).toEqual([
      'statusSince: is required when status is retired: give the year it became retired',
      'statusSource: is required when status is retired: cite the page that says so as "Page title <https://…>"',
    ]);
  });

  it('refuses a year or a source on an active technology', () => {
    expect(problems(technology({ statusSince: 2020 }))).toEqual(['statusSince: applies only when status is not active; remove it or set status']);
  });

  it('refuses a status outside the four it knows', () => {
    expect(problems(technology({ status: 'sunset', statusSince: 2020, statusSource: source }))).toEqual([
      'status: must be one of active, maintenance, deprecated, retired',
    ]);
  });

  it('refuses a site root or the seed notes as the source of a status', () => {
    for (const statusSource of ['Old Engine <https://old-engine.example.org/>', 'seed-notes'])
      expect(problems(technology({ status: 'maintenance', statusSince: 2021, statusSource }))[0]).toMatch(/^statusSource: must be "Page title/);
  });

  it('is stored on the node, with nulls that clear a year and source on update', () => {
    const parsed = technologySchema.parse(technology({ status: 'deprecated', statusSince: 2023, statusSource: source }));
    expect(technologyNodeProps(parsed)).toMatchObject({ status: 'deprecated', statusSince: 2023, statusSource: source });
    expect(technologyNodeProps(technologySchema.parse(technology()))).toMatchObject({ status: 'active', statusSince: null, statusSource: null });
  });
});

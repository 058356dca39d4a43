import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataJsonSchema } from '../../../schema/model/json-schema.ts';
import { repoRoot } from '../../../server/src/config.ts';

describe('the committed data schema', () => {
  it('matches the zod schema the loader validates with (run `npm run schema:print` after changing it)', () => {
    expect(readFileSync(path.join(repoRoot, 'schema/data-schema.json'), 'utf8')).toBe(dataJsonSchema());
  });

  it('describes technologies with the fields every entry needs', () => {
    const schema = JSON.parse(dataJsonSchema());
    const technology = schema.properties.technologies.items;
    expect(technology.required).toEqual(expect.arrayContaining(['id', 'name', 'kind', 'categories', 'description', 'firstRelease', 'license', 'homepage']));
    expect(technology.additionalProperties).toBe(false);
  });

  it('states the one rule for firstRelease where editors see it: first public release, previews included, renamed services from their current name', () => {
    const firstRelease = JSON.parse(dataJsonSchema()).properties.technologies.items.properties.firstRelease;
    expect(firstRelease.description).toMatch(/first public release/);
    expect(firstRelease.description).toMatch(/preview/);
    expect(firstRelease.description).toMatch(/renamed/);
  });
});

import { describe, expect, it } from 'vitest';
import { dataChecksum, nodeHash, relationHash, toRows } from '../../../graph-seed/src/load.ts';
import { syntheticGraph } from '../../../graph-seed/src/synthetic.ts';
import type { SeedData } from '../../../graph-seed/src/validate.ts';

const base = () => syntheticGraph({ technologies: 20, relations: 30, categories: 3, vendors: 2 });

/** The same data with one change made by `edit` on a fresh copy. */
function changed(edit: (data: SeedData) => void): SeedData {
  const data = structuredClone(base());
  edit(data);
  return data;
}

describe('the rows the loaders write and the checksum of one version of the data', () => {
  it('carries on every row the content hash the loader stores', () => {
    const rows = toRows(base());
    for (const node of rows.nodes) expect(node.hash).toBe(nodeHash(node));
    for (const relation of rows.relations) expect(relation.hash).toBe(relationHash(relation));
    expect(rows.relations.some((r) => r.type === 'IN_CATEGORY')).toBe(true);
  });

  it('gives the same data the same checksum', () => {
    expect(dataChecksum(base())).toBe(dataChecksum(base()));
  });

  it('changes the checksum when any stored content changes', () => {
    const before = dataChecksum(base());
    const edits: Array<[string, (data: SeedData) => void]> = [
      [
        'a technology description',
        (d) => {
          d.technologies[0]!.description += ' More.';
        },
      ],
      [
        'an alias added',
        (d) => {
          d.technologies[1]!.aliases.push('another name');
        },
      ],
      [
        'a vendor name, which derived notes quote',
        (d) => {
          d.vendors[0]!.name += ' Inc';
        },
      ],
      [
        'a category name',
        (d) => {
          d.categories[0]!.name += ' and more';
        },
      ],
      [
        'a relation note',
        (d) => {
          d.relations[0]!.note += ' Really.';
        },
      ],
      [
        'a relation source',
        (d) => {
          d.relations[0]!.source = 'https://example.org/other';
        },
      ],
      [
        'a relation end',
        (d) => {
          d.relations[0]!.to = d.relations[0]!.to === 'syn-3' ? 'syn-4' : 'syn-3';
        },
      ],
      [
        'a relation removed',
        (d) => {
          d.relations.pop();
        },
      ],
      [
        'a technology removed',
        (d) => {
          d.technologies.pop();
        },
      ],
      [
        'two relations swapped',
        (d) => {
          d.relations.splice(0, 2, d.relations[1]!, d.relations[0]!);
        },
      ],
    ];
    for (const [what, edit] of edits) expect(dataChecksum(changed(edit)), what).not.toBe(before);
  });
});

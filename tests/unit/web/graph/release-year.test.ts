import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { releasedBy, yearRange } from '../../../../web/src/graph/release-year.ts';

const node = (id: string): ElementDefinition => ({ group: 'nodes', data: { id } });
const edge = (source: string, target: string): ElementDefinition => ({ group: 'edges', data: { id: `${source}-${target}`, source, target } });
const elements = [node('hadoop'), node('spark'), node('aws'), edge('spark', 'hadoop'), edge('hadoop', 'aws')];
const years = new Map<string, number | null>([
  ['hadoop', 2006],
  ['spark', 2010],
  ['aws', null],
]);

describe('releasedBy', () => {
  it('keeps what was released by the year and the relations between those, and nodes with no year', () => {
    expect(releasedBy(elements, years, 2008).map((e) => e.data.id)).toEqual(['hadoop', 'aws', 'hadoop-aws']);
    expect(releasedBy(elements, years, 2010)).toHaveLength(5);
  });

  it('spans the known years only', () => {
    expect(yearRange(years.values())).toEqual({ min: 2006, max: 2010 });
    expect(yearRange([null])).toBeNull();
  });
});

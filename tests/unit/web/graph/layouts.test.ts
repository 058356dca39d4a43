import { describe, expect, it } from 'vitest';
import { draftForceAbove, layoutOptions, presetLayoutOptions } from '../../../../schema/model/drawing.ts';

describe('layoutOptions', () => {
  it('starts fcose from random positions for a fresh layout', () => {
    expect(layoutOptions('force')).toMatchObject({ name: 'fcose', randomize: true, quality: 'default' });
  });

  it('keeps positions for an incremental force layout, which fcose allows only with proof quality', () => {
    expect(layoutOptions('force', { incremental: true })).toMatchObject({ name: 'fcose', randomize: false, quality: 'proof' });
  });

  it('lays lineage out left to right with dagre', () => {
    expect(layoutOptions('lineage')).toMatchObject({ name: 'dagre', rankDir: 'LR' });
    expect(layoutOptions('hierarchical')).toMatchObject({ name: 'dagre' });
    const transform = (layoutOptions('lineage') as unknown as { transform: (node: unknown, p: { x: number; y: number }) => { x: number; y: number } })
      .transform;
    const node = (column: number | null) => ({ data: () => column });
    expect(transform(node(3), { x: 0, y: 7 }).x).toBeGreaterThan(transform(node(1), { x: 900, y: 7 }).x);
    expect(transform(node(null), { x: 5, y: 7 })).toEqual({ x: 5, y: 7 });
    expect(layoutOptions('concentric')).toMatchObject({ name: 'concentric' });
  });
});

describe('layoutOptions for large graphs', () => {
  it('keeps the full force layout up to the threshold, as for the curated graph', () => {
    expect(layoutOptions('force', { nodes: 229 })).toEqual(layoutOptions('force'));
    expect(layoutOptions('force', { nodes: draftForceAbove })).toMatchObject({ name: 'fcose', quality: 'default' });
  });

  it("stops after fcose's spectral pass above the threshold, with the same forces", () => {
    const large = layoutOptions('force', { nodes: draftForceAbove + 1 });
    expect(large).toMatchObject({ name: 'fcose', quality: 'draft', randomize: true });
    expect({ ...large, quality: 'default' }).toEqual(layoutOptions('force'));
  });

  it('keeps the positions it has for an incremental run above the threshold', () => {
    expect(layoutOptions('force', { nodes: 5000, incremental: true })).toMatchObject({ name: 'preset', fit: true });
    expect(layoutOptions('force', { nodes: 300, incremental: true })).toMatchObject({ name: 'fcose', quality: 'proof' });
  });
});

describe('presetLayoutOptions', () => {
  it('places nodes at the given positions, keeps a node without one where it is, and leaves the fit to the canvas', () => {
    const options = presetLayoutOptions(new Map([['a', { x: 10, y: -4 }]])) as unknown as {
      name: string;
      fit: boolean;
      positions: (node: { id(): string; position(): { x: number; y: number } }) => { x: number; y: number };
    };
    expect(options).toMatchObject({ name: 'preset', fit: false });
    expect(options.positions({ id: () => 'a', position: () => ({ x: 0, y: 0 }) })).toEqual({ x: 10, y: -4 });
    expect(options.positions({ id: () => 'b', position: () => ({ x: 3, y: 4 }) })).toEqual({ x: 3, y: 4 });
  });
});

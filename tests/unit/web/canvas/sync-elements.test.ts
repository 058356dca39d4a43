import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { syncElements } from '../../../../web/src/canvas/sync.ts';

const definitions = (): ElementDefinition[] => [
  { data: { id: 'spark', label: 'Apache Spark', degree: 3, categories: ['batch'] }, classes: 'technology' },
  { data: { id: 'hdfs', label: 'HDFS', degree: 2, categories: ['storage'] }, classes: 'technology' },
  { data: { id: 'e1', source: 'spark', target: 'hdfs', label: 'stores data in' }, classes: 'directed' },
];

/** A headless instance holding the definitions, with the events that would make the renderer draw again recorded. */
function drawn(): { cy: Core; changes: string[] } {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: 'node.labelled', style: { label: 'data(label)' } }] });
  syncElements(cy, definitions());
  const changes: string[] = [];
  cy.on('data style class', (event) => changes.push(`${event.type} ${event.target.id()}`));
  return { cy, changes };
}

describe('syncElements', () => {
  it('leaves elements alone when rebuilt definitions hold the same data and classes', () => {
    const { cy, changes } = drawn();
    expect(syncElements(cy, definitions()).changed).toBe(false);
    expect(changes).toEqual([]);
  });

  it('keeps the classes the canvas added itself (a picked label, a focus) across a sync', () => {
    const { cy } = drawn();
    cy.getElementById('spark').addClass('labelled focus');
    syncElements(cy, definitions());
    expect(cy.getElementById('spark').classes().sort()).toEqual(['focus', 'labelled', 'technology']);
  });

  it('swaps only the classes the definition gave when they change', () => {
    const { cy } = drawn();
    cy.getElementById('spark').addClass('labelled');
    const changed = definitions().map((d) => (d.data.id === 'spark' ? { ...d, classes: 'technology has-more' } : d));
    syncElements(cy, changed);
    expect(cy.getElementById('spark').classes().sort()).toEqual(['has-more', 'labelled', 'technology']);
    syncElements(cy, definitions());
    expect(cy.getElementById('spark').classes().sort()).toEqual(['labelled', 'technology']);
  });

  it('updates data that changed, arrays compared by value', () => {
    const { cy, changes } = drawn();
    const changed = definitions().map((d) => (d.data.id === 'hdfs' ? { ...d, data: { ...d.data, degree: 5 } } : d));
    expect(syncElements(cy, changed).changed).toBe(true);
    expect(cy.getElementById('hdfs').data('degree')).toBe(5);
    expect(changes.filter((c) => c.startsWith('data'))).toEqual(['data hdfs']);
  });
});

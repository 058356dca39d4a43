import { describe, expect, it } from 'vitest';
import { graphFromApi } from '../../../../web/src/graph/model.ts';
import {
  type Expansion,
  type History,
  historyLimit,
  historyReducer,
  initialHistory,
  isExpanded,
  omittedCounts,
} from '../../../../web/src/state/canvas-history.ts';
import { relation, technology } from '../../../fixtures/graph-data.ts';

function expansion(nodeId: string, omitted: [string, number][] = []): Expansion {
  return {
    nodeId,
    depth: 1,
    relationTypes: ['RUNS_ON'],
    graph: graphFromApi([technology(nodeId, nodeId, []), technology(`${nodeId}-n`, 'n', [])], [relation(nodeId, 'RUNS_ON', `${nodeId}-n`)]),
    omitted,
  };
}

const run = (...actions: Parameters<typeof historyReducer>[1][]): History => actions.reduce(historyReducer, initialHistory);

describe('canvas history', () => {
  it('undoes an expansion and redoes it', () => {
    const expanded = run({ type: 'expand', expansion: expansion('apache-spark') });
    expect(isExpanded(expanded.present, 'apache-spark')).toBe(true);
    const undone = historyReducer(expanded, { type: 'undo' });
    expect(undone.present.expansions).toHaveLength(0);
    const redone = historyReducer(undone, { type: 'redo' });
    expect(isExpanded(redone.present, 'apache-spark')).toBe(true);
  });

  it('undoes collapse and hide step by step, in reverse order', () => {
    let history = run({ type: 'expand', expansion: expansion('a') }, { type: 'hide', nodeId: 'b' }, { type: 'collapse', nodeId: 'a' });
    expect(history.present).toEqual({ expansions: [], hidden: ['b'] });
    history = historyReducer(history, { type: 'undo' });
    expect(isExpanded(history.present, 'a')).toBe(true);
    history = historyReducer(history, { type: 'undo' });
    expect(history.present.hidden).toEqual([]);
    history = historyReducer(history, { type: 'undo' });
    expect(history.present.expansions).toEqual([]);
    expect(history.past).toHaveLength(0);
  });

  it('forgets the redo branch when a new step is taken after an undo', () => {
    let history = run({ type: 'hide', nodeId: 'a' }, { type: 'undo' });
    expect(history.future).toHaveLength(1);
    history = historyReducer(history, { type: 'hide', nodeId: 'b' });
    expect(history.future).toHaveLength(0);
    expect(historyReducer(history, { type: 'redo' })).toBe(history);
  });

  it('records no step for an action that changes nothing', () => {
    const history = run({ type: 'hide', nodeId: 'a' });
    expect(historyReducer(history, { type: 'hide', nodeId: 'a' })).toBe(history);
    expect(historyReducer(history, { type: 'collapse', nodeId: 'never-expanded' })).toBe(history);
    expect(historyReducer(initialHistory, { type: 'undo' })).toBe(initialHistory);
  });

  it('replaces an earlier expansion of the same node and unhides the node', () => {
    const history = run(
      { type: 'hide', nodeId: 'a' },
      { type: 'expand', expansion: expansion('a') },
      { type: 'expand', expansion: { ...expansion('a'), depth: 3 } },
    );
    expect(history.present.expansions).toHaveLength(1);
    expect(history.present.expansions[0]?.depth).toBe(3);
    expect(history.present.hidden).toEqual([]);
  });

  it('keeps the "N more" counts of the expansions on the canvas', () => {
    const history = run({ type: 'expand', expansion: expansion('kubernetes', [['kubernetes', 17]]) });
    expect(omittedCounts(history.present).get('kubernetes')).toBe(17);
    expect(omittedCounts(historyReducer(history, { type: 'undo' }).present).size).toBe(0);
  });

  it('keeps at most the history limit of undo steps', () => {
    let history = initialHistory;
    for (let i = 0; i < historyLimit + 20; i++) history = historyReducer(history, { type: 'hide', nodeId: `n${i}` });
    expect(history.past).toHaveLength(historyLimit);
  });
});

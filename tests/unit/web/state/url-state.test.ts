import { describe, expect, it } from 'vitest';
import { decodeUrlState, defaultUrlState, encodeUrlState, type UrlState } from '../../../../web/src/state/url-state.ts';

describe('URL state', () => {
  it('writes nothing for the default view', () => {
    expect(encodeUrlState(defaultUrlState)).toBe('');
    expect(decodeUrlState('')).toEqual(defaultUrlState);
  });

  it('round-trips focus, filters, layout and a path between two technologies', () => {
    const state: UrlState = {
      ...defaultUrlState,
      focus: 'apache-spark',
      layout: 'concentric',
      filters: { hiddenCategories: ['notebook', 'serverless'], hiddenRelationTypes: ['INTEGRATES_WITH'], hiddenVendors: ['aws'] },
      path: { kind: 'between', from: 'apache-spark', to: 'hdfs' },
      pathTypes: ['RUNS_ON', 'STORES_DATA_IN'],
      pathIndex: 2,
    };
    const search = encodeUrlState(state);
    expect(search).toContain('focus=apache-spark');
    expect(search).toContain('hide-categories=notebook,serverless');
    expect(decodeUrlState(search)).toEqual(state);
  });

  it('round-trips a question typed in plain words, with spaces and punctuation', () => {
    const state: UrlState = { ...defaultUrlState, path: { kind: 'question', question: 'how does Spark relate to HDFS?' } };
    expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
  });

  it('round-trips the special views and their choices', () => {
    const compare: UrlState = { ...defaultUrlState, view: 'compare', compare: ['apache-spark', 'apache-flink'] };
    const equivalents: UrlState = { ...defaultUrlState, view: 'equivalents', service: 'aws-lambda' };
    expect(decodeUrlState(encodeUrlState(compare))).toEqual(compare);
    expect(decodeUrlState(encodeUrlState(equivalents))).toEqual(equivalents);
  });

  it('falls back to defaults for unknown or malformed values', () => {
    const state = decodeUrlState('?view=nope&layout=spiral&focus=%3Cscript%3E&hide-relations=RUNS_ON,BOGUS&path=0');
    expect(state.view).toBe('explore');
    expect(state.layout).toBe('force');
    expect(state.focus).toBeNull();
    expect(state.filters.hiddenRelationTypes).toEqual(['RUNS_ON']);
    expect(state.pathIndex).toBe(0);
  });

  it('writes equal filters as equal URLs whatever order they were toggled in', () => {
    const a = encodeUrlState({ ...defaultUrlState, filters: { hiddenCategories: ['b', 'a'], hiddenRelationTypes: [], hiddenVendors: [] } });
    const b = encodeUrlState({ ...defaultUrlState, filters: { hiddenCategories: ['a', 'b'], hiddenRelationTypes: [], hiddenVendors: [] } });
    expect(a).toBe(b);
  });
});

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

  it('round-trips the scene: where it starts, expansions with depth and types, hidden nodes and pinned positions', () => {
    const state: UrlState = {
      ...defaultUrlState,
      scene: 'empty',
      expand: [
        { nodeId: 'kubernetes', depth: 1, relationTypes: [] },
        { nodeId: 'apache-spark', depth: 2, relationTypes: ['RUNS_ON', 'WRITTEN_IN'] },
      ],
      hidden: ['aws-lambda'],
      pins: [{ id: 'hdfs', x: 120, y: -40 }],
    };
    const search = encodeUrlState(state);
    expect(search).toContain('expand=kubernetes,apache-spark:2:RUNS_ON.WRITTEN_IN');
    expect(search).toContain('pin=hdfs:120:-40');
    expect(decodeUrlState(search)).toEqual(state);
  });

  it('drops malformed expansions and pins instead of failing', () => {
    const state = decodeUrlState('?expand=Bad!,kubernetes:9,hdfs:1:NOPE&pin=hdfs:x:1,spark:1:2&scene=weird');
    expect(state.expand).toEqual([{ nodeId: 'hdfs', depth: 1, relationTypes: [] }]);
    expect(state.pins).toEqual([{ id: 'spark', x: 1, y: 2 }]);
    expect(state.scene).toBe('overview');
  });

  it('round-trips the path options: hubs allowed and nodes left out, and ignores them without a path', () => {
    const state: UrlState = {
      ...defaultUrlState,
      path: { kind: 'between', from: 'mlflow', to: 'dvc' },
      pathAvoidHubs: false,
      pathExclude: ['python', 'amazon-s3'],
    };
    const search = encodeUrlState(state);
    expect(search).toContain('path-hubs=allow');
    expect(search).toContain('path-exclude=amazon-s3,python');
    expect(decodeUrlState(search)).toMatchObject({ pathAvoidHubs: false, pathExclude: ['amazon-s3', 'python'] });
    expect(encodeUrlState({ ...state, pathAvoidHubs: true, pathExclude: [] })).not.toMatch(/path-hubs|path-exclude/);
    expect(decodeUrlState('?path-hubs=allow&path-exclude=python')).toMatchObject({ pathAvoidHubs: true, pathExclude: [] });
  });
});

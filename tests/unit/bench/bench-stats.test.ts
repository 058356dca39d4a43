import { describe, expect, it } from 'vitest';
import { alternation, percentile, planOperators, ratio, sumDbHits, summarize } from '../../bench/stats.ts';

describe('benchmark statistics', () => {
  it('takes the nearest-rank percentile of unsorted values', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 10)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });

  it('refuses a percentile outside (0, 100]', () => {
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('summarizes count, median, tail and spread', () => {
    const s = summarize(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(s).toMatchObject({ n: 100, p50: 50, p95: 95, p99: 99, min: 1, max: 100, mean: 50.5 });
  });

  it('gives a ratio to two decimals, and NaN against a zero baseline', () => {
    expect(ratio(13, 10)).toBe(1.3);
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(1, 0)).toBeNaN();
  });

  it('alternates sides and starts each round with another side', () => {
    expect(alternation(['A', 'B'], 3)).toEqual(['A', 'B', 'B', 'A', 'A', 'B']);
    expect(alternation(['A', 'B', 'C'], 1)).toEqual(['A', 'B', 'C']);
  });

  it('sums db hits and lists operators over a whole plan tree', () => {
    const plan = {
      operatorType: 'ProduceResults@neo4j',
      dbHits: 0,
      children: [{ operatorType: 'Expand(All)@neo4j', dbHits: 7, children: [{ operatorType: 'NodeIndexSeek@neo4j', dbHits: 2, children: [] }] }],
    };
    expect(sumDbHits(plan)).toBe(9);
    expect(planOperators(plan)).toEqual(['ProduceResults@neo4j', 'Expand(All)@neo4j', 'NodeIndexSeek@neo4j']);
  });
});

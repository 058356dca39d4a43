import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersBound, type CandidatePath, defaultWeights, isHub, pathCost, type RankNode, rankPaths } from '../../../server/src/domain/path-ranking.ts';

const node = (id: string, degree = 5, kind = 'open-source-project', label: RankNode['label'] = 'Technology'): RankNode => ({
  id,
  name: id,
  label,
  kind,
  degree,
});
const rel = (fromId: string, type: string, toId: string) => ({ fromId, type, toId });
const symmetricTypes = new Set(['ALTERNATIVE_TO', 'INTEGRATES_WITH']);
const options = { first: 5, symmetricTypes };

const spark = node('spark', 36);
const hadoop = node('hadoop', 9);
const python = node('python', 115, 'language');
const ids = (paths: Array<{ nodes: RankNode[] }>) => paths.map((p) => p.nodes.map((n) => n.id).join('>'));

describe('pathCost', () => {
  it('charges a longer path more than a shorter one of the same types', () => {
    const direct: CandidatePath = { nodes: [spark, hadoop], steps: [[rel('spark', 'PART_OF', 'hadoop')]] };
    const twoSteps: CandidatePath = {
      nodes: [spark, node('yarn'), hadoop],
      steps: [[rel('spark', 'PART_OF', 'yarn')], [rel('yarn', 'PART_OF', 'hadoop')]],
    };
    expect(pathCost(direct, options)).toBeLessThan(pathCost(twoSteps, options));
  });

  it('charges "written in" more than "part of", and a busier intermediate node more than a quiet one', () => {
    const partOf: CandidatePath = { nodes: [spark, hadoop], steps: [[rel('spark', 'PART_OF', 'hadoop')]] };
    const writtenIn: CandidatePath = { nodes: [spark, hadoop], steps: [[rel('spark', 'WRITTEN_IN', 'hadoop')]] };
    expect(pathCost(partOf, options)).toBeLessThan(pathCost(writtenIn, options));
    const via = (degree: number): CandidatePath => ({
      nodes: [spark, node('m', degree), hadoop],
      steps: [[rel('spark', 'RUNS_ON', 'm')], [rel('m', 'PART_OF', 'hadoop')]],
    });
    expect(pathCost(via(3), options)).toBeLessThan(pathCost(via(30), options));
  });

  it('charges a turn (both ends pointing at a shared neighbour) more than a chain', () => {
    const chain: CandidatePath = { nodes: [spark, node('yarn'), hadoop], steps: [[rel('spark', 'RUNS_ON', 'yarn')], [rel('yarn', 'PART_OF', 'hadoop')]] };
    const turn: CandidatePath = {
      nodes: [spark, node('emr'), hadoop],
      steps: [[rel('emr', 'RUNS_ON', 'spark')], [rel('emr', 'PART_OF', 'hadoop')]],
    };
    expect(pathCost(chain, options)).toBeLessThan(pathCost(turn, options));
  });

  it('charges two integration steps meeting at a node (both integrate with a scheduler) like a turn', () => {
    const mlflow = node('mlflow');
    const dvc = node('dvc');
    const scheduler = node('scheduler', 30);
    const viaScheduler: CandidatePath = {
      nodes: [mlflow, scheduler, dvc],
      steps: [[rel('mlflow', 'INTEGRATES_WITH', 'scheduler')], [rel('scheduler', 'INTEGRATES_WITH', 'dvc')]],
    };
    const oneIntegration: CandidatePath = {
      nodes: [mlflow, scheduler, dvc],
      steps: [[rel('mlflow', 'INTEGRATES_WITH', 'scheduler')], [rel('scheduler', 'STORES_DATA_IN', 'dvc')]],
    };
    const typeGap = defaultWeights.typeCost.INTEGRATES_WITH! - defaultWeights.typeCost.STORES_DATA_IN!;
    expect(pathCost(viaScheduler, options) - pathCost(oneIntegration, options)).toBeCloseTo(typeGap + defaultWeights.turnCost);
  });

  it('reads a derived type as cheap on the step that reaches a vendor end', () => {
    const aws = node('aws', 0, 'vendor', 'Vendor');
    const toVendor: CandidatePath = { nodes: [node('sagemaker'), aws], steps: [[rel('sagemaker', 'PROVIDED_BY', 'aws')]] };
    const toTechnology: CandidatePath = { nodes: [node('sagemaker'), node('s3')], steps: [[rel('sagemaker', 'PROVIDED_BY', 's3')]] };
    expect(pathCost(toVendor, options)).toBeLessThan(pathCost(toTechnology, options));
  });
});

describe('isHub', () => {
  it('calls a language a hub whatever its degree, and any node with very many relations, but not a central technology', () => {
    expect(isHub(node('c', 3, 'language'))).toBe(true);
    expect(isHub(node('busy', 150))).toBe(true);
    // Kubernetes has about 80 relations in the curated graph: "runs on Kubernetes" is an answer, not a detour.
    expect(isHub(node('kubernetes', 80))).toBe(false);
    expect(isHub(node('yarn', 8))).toBe(false);
  });
});

describe('rankPaths', () => {
  const viaYarn: CandidatePath = { nodes: [spark, node('yarn', 8), hadoop], steps: [[rel('spark', 'RUNS_ON', 'yarn')], [rel('yarn', 'PART_OF', 'hadoop')]] };
  const viaHdfs: CandidatePath = {
    nodes: [spark, node('hdfs', 11), hadoop],
    steps: [[rel('spark', 'STORES_DATA_IN', 'hdfs')], [rel('hdfs', 'PART_OF', 'hadoop')]],
  };
  const viaYarnAndHdfs: CandidatePath = {
    nodes: [spark, node('yarn', 8), node('hdfs', 11), hadoop],
    steps: [[rel('spark', 'RUNS_ON', 'yarn')], [rel('yarn', 'INTEGRATES_WITH', 'hdfs')], [rel('hdfs', 'PART_OF', 'hadoop')]],
  };
  const viaPython: CandidatePath = {
    nodes: [spark, python, hadoop],
    steps: [[rel('spark', 'OFFERS_API_IN', 'python')], [rel('hadoop', 'OFFERS_API_IN', 'python')]],
  };

  it('orders by cost and skips a path whose intermediate node an earlier answer already used', () => {
    expect(ids(rankPaths([viaYarnAndHdfs, viaHdfs, viaYarn], options))).toEqual(['spark>yarn>hadoop', 'spark>hdfs>hadoop']);
  });

  it('leaves hub paths out while any other path exists, and returns them marked weak when none does', () => {
    expect(ids(rankPaths([viaPython, viaYarn], options))).toEqual(['spark>yarn>hadoop']);
    const [only] = rankPaths([viaPython], options);
    expect(only).toMatchObject({ viaHub: true, strength: 'WEAK' });
  });

  it('ranks a hub like any node when avoidHubs is off', () => {
    const viaBusy: CandidatePath = {
      nodes: [spark, node('busy', 150), hadoop],
      steps: [[rel('spark', 'RUNS_ON', 'busy')], [rel('busy', 'PART_OF', 'hadoop')]],
    };
    expect(ids(rankPaths([viaBusy, viaYarnAndHdfs], options))).toEqual(['spark>yarn>hdfs>hadoop']);
    const ranked = rankPaths([viaBusy, viaYarnAndHdfs], { ...options, avoidHubs: false });
    expect(ids(ranked)).toEqual(['spark>busy>hadoop', 'spark>yarn>hdfs>hadoop']);
    expect(ranked[0]).toMatchObject({ viaHub: true, strength: 'WEAK' });
  });

  it('merges candidates that differ only in a parallel relation into one path with both types', () => {
    const writes: CandidatePath = { nodes: [node('mlflow'), python], steps: [[rel('mlflow', 'WRITTEN_IN', 'python')]] };
    const api: CandidatePath = { nodes: [node('mlflow'), python], steps: [[rel('mlflow', 'OFFERS_API_IN', 'python')]] };
    const ranked = rankPaths([writes, api], options);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]?.steps[0]?.map((r) => r.type).sort()).toEqual(['OFFERS_API_IN', 'WRITTEN_IN']);
  });

  it('returns fewer than first rather than detours far costlier than the best', () => {
    const direct: CandidatePath = { nodes: [spark, hadoop], steps: [[rel('spark', 'PART_OF', 'hadoop')]] };
    const detour: CandidatePath = {
      nodes: [spark, node('a', 40), node('b', 40), node('c', 40), hadoop],
      steps: [[rel('spark', 'WRITTEN_IN', 'a')], [rel('b', 'WRITTEN_IN', 'a')], [rel('b', 'OFFERS_API_IN', 'c')], [rel('hadoop', 'OFFERS_API_IN', 'c')]],
    };
    expect(ids(rankPaths([direct, detour], options))).toEqual(['spark>hadoop']);
  });

  it('scores the best single step 1 and longer paths lower, in (0, 1]', () => {
    const [best] = rankPaths([{ nodes: [spark, hadoop], steps: [[rel('spark', 'PART_OF', 'hadoop')]] }], options);
    expect(best?.score).toBe(1);
    const [two] = rankPaths([viaYarn], options);
    expect(two?.score).toBeGreaterThan(0);
    expect(two?.score).toBeLessThan(1);
  });
});

describe('answersBound', () => {
  it('counts the fewest distinct nodes at any middle position', () => {
    expect(answersBound([])).toBe(0);
    expect(answersBound([['a', 'z']])).toBe(1);
    expect(
      answersBound([
        ['a', 'm', 'z'],
        ['a', 'n', 'z'],
        ['a', 'o', 'z'],
      ]),
    ).toBe(3);
    // Every path leaves through the same first node: one answer at most.
    expect(
      answersBound([
        ['a', 'm', 'p', 'z'],
        ['a', 'm', 'q', 'z'],
        ['a', 'm', 'r', 'z'],
      ]),
    ).toBe(1);
  });

  it('is never below the number of answers the ranking picks from the same paths', () => {
    const middle = fc.constantFrom('m0', 'm1', 'm2', 'm3', 'm4', 'm5');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((inner) => fc.array(fc.array(middle, { minLength: inner, maxLength: inner }), { minLength: 1, maxLength: 12 })),
        fc.array(fc.constantFrom('RUNS_ON', 'PART_OF', 'WRITTEN_IN', 'INTEGRATES_WITH'), { minLength: 12, maxLength: 12 }),
        (middles, types) => {
          const sequences = middles.map((m) => ['a', ...m, 'z']);
          const candidates: CandidatePath[] = sequences.map((ids, p) => ({
            nodes: ids.map((id) => node(id)),
            steps: ids.slice(1).map((id, i) => [rel(ids[i]!, types[(p + i) % types.length]!, id)]),
          }));
          const picked = rankPaths(candidates, { first: 12, avoidHubs: false, symmetricTypes });
          expect(picked.length).toBeLessThanOrEqual(answersBound(sequences));
        },
      ),
      { numRuns: 300 },
    );
  });
});

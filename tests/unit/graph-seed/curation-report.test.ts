import { describe, expect, it } from 'vitest';
import { curationReport, describeCurationReport, isDomainRoot } from '../../../graph-seed/src/curation-report.ts';
import type { SeedData } from '../../../graph-seed/src/validate.ts';

const tech = (id: string) => ({
  id,
  name: id,
  aliases: [],
  kind: 'open-source-project' as const,
  categories: ['c'],
  description: `${id}, a technology of the report tests.`,
  firstRelease: 2015,
  license: 'Apache-2.0',
  homepage: `https://${id}.example.org`,
  remarks: [],
  status: 'active' as const,
});
const rel = (from: string, type: string, to: string, source: string, note = `${from} ${type} ${to} for a reason of its own.`) => ({
  from,
  type,
  to,
  note,
  source,
});

const data: SeedData = {
  categories: [{ id: 'c', name: 'C', description: 'A category of the report tests.' }],
  vendors: [],
  technologies: [
    ...['spark', 'hdfs', 'yarn', 'java'].map(tech),
    { ...tech('lonely'), status: 'retired' as const, statusSince: 2021, statusSource: 'Attic notice <https://attic.apache.org/projects/lonely.html>' },
  ],
  relations: [
    rel('spark', 'STORES_DATA_IN', 'hdfs', 'Spark docs <https://spark.apache.org/docs/latest/hadoop-provided.html>'),
    rel('spark', 'RUNS_ON', 'yarn', 'Spark <https://spark.apache.org/>'),
    rel('spark', 'WRITTEN_IN', 'java', 'GitHub <https://github.com/apache/spark>', 'Its code is mostly in this language.'),
    rel('hdfs', 'WRITTEN_IN', 'java', 'seed-notes', 'Its code is mostly in this language.'),
    rel('yarn', 'ALTERNATIVE_TO', 'hdfs', 'Hadoop <https://hadoop.apache.org>', 'Both do the same job.'),
    rel('hdfs', 'INTEGRATES_WITH', 'yarn', 'Hadoop <https://hadoop.apache.org/docs/stable/>', 'Both do the same job.'),
  ],
  areas: [{ file: 'big-data.yaml', technologies: 5, relations: 6 }],
};

describe('isDomainRoot', () => {
  it('tells a site root from a page', () => {
    expect(isDomainRoot('https://spark.apache.org')).toBe(true);
    expect(isDomainRoot('https://spark.apache.org/')).toBe(true);
    expect(isDomainRoot('https://spark.apache.org/docs/latest/')).toBe(false);
    expect(isDomainRoot('https://example.org/?page=integrations')).toBe(false);
  });
});

describe('the curation report', () => {
  const report = curationReport(data);

  it('counts relations per type, most used first', () => {
    expect(report.relationTypes[0]).toEqual({ type: 'WRITTEN_IN', count: 2 });
    expect(report.relationTypes.reduce((n, t) => n + t.count, 0)).toBe(6);
  });

  it('lists the relations that cite only a site root, and the page-level share', () => {
    expect(report.sources.domainRoots.map((d) => d.relation)).toEqual(['spark RUNS_ON yarn', 'yarn ALTERNATIVE_TO hdfs']);
    expect(report.sources.seedNotes).toBe(1);
    expect(report.sources.pageLevelShare).toBeCloseTo(3 / 6);
  });

  it('names the technologies that no curated relation touches', () => {
    expect(report.unrelated).toEqual(['lonely']);
  });

  it('counts distinct relation types per technology', () => {
    // spark 3, hdfs 4, yarn 3, java 1, lonely 0
    expect(report.typesPerTechnology).toEqual([
      { types: 0, technologies: 1 },
      { types: 1, technologies: 1 },
      { types: 3, technologies: 2 },
      { types: 4, technologies: 1 },
    ]);
  });

  it('finds notes repeated word for word, except the shared wording of WRITTEN_IN', () => {
    expect(report.repeatedNotes).toEqual([{ note: 'Both do the same job.', count: 2 }]);
  });

  it('lists the technologies that are not active, with the year and the page that says so', () => {
    expect(report.notActive).toEqual([
      { id: 'lonely', status: 'retired', since: 2021, source: 'Attic notice <https://attic.apache.org/projects/lonely.html>' },
    ]);
    expect(describeCurationReport(report)).toContain('    lonely: retired since 2021, Attic notice <https://attic.apache.org/projects/lonely.html>');
  });

  it('prints the per-area counts and cuts long lists', () => {
    const lines = describeCurationReport(report, 1);
    expect(lines[0]).toBe('The graph data is valid: 5 technologies, 0 vendors, 1 categories, 6 curated relations.');
    expect(lines.some((l) => /big-data\.yaml\s+5\s+6/.test(l))).toBe(true);
    expect(lines).toContain('    … and 1 more');
  });
});

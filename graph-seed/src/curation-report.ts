import type { SeedData } from './validate.ts';

/** The figures that matter while curating: how big each area is, and where the data is still thin. */
export interface CurationReport {
  technologies: number;
  vendors: number;
  categories: number;
  /** Stored relations, without the PROVIDED_BY and IN_CATEGORY the loader derives. */
  relations: number;
  areas: Array<{ file: string; technologies: number; relations: number }>;
  relationTypes: Array<{ type: string; count: number }>;
  sources: {
    /** Relations whose source is the seed notes rather than a public page. */
    seedNotes: number;
    /** Relations whose source is a site's root ("https://spark.apache.org/"), which supports no particular claim. */
    domainRoots: Array<{ relation: string; source: string }>;
    /** Share of relations with a page-level source, 0..1. */
    pageLevelShare: number;
  };
  /** Technologies in no curated relation: they show up only through their vendor and categories. */
  unrelated: string[];
  /** How many technologies take part in 0, 1, 2, … distinct relation types. */
  typesPerTechnology: Array<{ types: number; technologies: number }>;
  /** Notes used word for word by several relations, apart from WRITTEN_IN where a shared wording is expected. */
  repeatedNotes: Array<{ note: string; count: number }>;
  /** Technologies whose status is not active, oldest change first, each with the page that says so. */
  notActive: Array<{ id: string; status: string; since: number | undefined; source: string | undefined }>;
}

const addressOf = (source: string) => /<(https:\/\/[^>]+)>$/.exec(source)?.[1];

/** True for an address that names only a site: no path beyond "/", no query and no fragment. */
export function isDomainRoot(address: string): boolean {
  const url = new URL(address);
  return (url.pathname === '/' || url.pathname === '') && url.search === '' && url.hash === '';
}

export function curationReport(data: SeedData): CurationReport {
  const count = <K>(keys: K[]) => {
    const counts = new Map<K, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    return counts;
  };
  const relationTypes = [...count(data.relations.map((r) => r.type))].map(([type, n]) => ({ type, count: n })).sort((a, b) => b.count - a.count);

  const domainRoots = data.relations.flatMap((r) => {
    const address = addressOf(r.source);
    return address && isDomainRoot(address) ? [{ relation: `${r.from} ${r.type} ${r.to}`, source: r.source }] : [];
  });
  const seedNotes = data.relations.filter((r) => r.source === 'seed-notes').length;
  const pageLevel = data.relations.length - seedNotes - domainRoots.length;

  const typesOf = new Map<string, Set<string>>(data.technologies.map((t) => [t.id, new Set()]));
  for (const r of data.relations) for (const end of [r.from, r.to]) typesOf.get(end)?.add(r.type);
  const unrelated = data.technologies.filter((t) => typesOf.get(t.id)?.size === 0).map((t) => t.id);
  const typesPerTechnology = [...count([...typesOf.values()].map((s) => s.size))]
    .map(([types, technologies]) => ({ types, technologies }))
    .sort((a, b) => a.types - b.types);

  const repeatedNotes = [...count(data.relations.filter((r) => r.type !== 'WRITTEN_IN').map((r) => r.note))]
    .filter(([, n]) => n > 1)
    .map(([note, n]) => ({ note, count: n }))
    .sort((a, b) => b.count - a.count);

  return {
    technologies: data.technologies.length,
    vendors: data.vendors.length,
    categories: data.categories.length,
    relations: data.relations.length,
    areas: data.areas ?? [],
    relationTypes,
    sources: { seedNotes, domainRoots, pageLevelShare: data.relations.length === 0 ? 1 : pageLevel / data.relations.length },
    unrelated,
    typesPerTechnology,
    repeatedNotes,
    notActive: data.technologies
      .filter((t) => t.status !== 'active')
      .map((t) => ({ id: t.id, status: t.status, since: t.statusSince, source: t.statusSource }))
      .sort((a, b) => (a.since ?? 0) - (b.since ?? 0) || a.id.localeCompare(b.id)),
  };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The report as lines for a terminal; long lists are cut to their first few entries. */
export function describeCurationReport(report: CurationReport, listLimit = 10): string[] {
  const list = <T>(items: T[], show: (item: T) => string) => [
    ...items.slice(0, listLimit).map((item) => `    ${show(item)}`),
    ...(items.length > listLimit ? [`    … and ${items.length - listLimit} more`] : []),
  ];
  return [
    `The graph data is valid: ${report.technologies} technologies, ${report.vendors} vendors, ${report.categories} categories, ${report.relations} curated relations.`,
    '',
    'Per area (file): technologies, relations',
    ...report.areas.map((a) => `    ${a.file.padEnd(36)} ${String(a.technologies).padStart(4)} ${String(a.relations).padStart(5)}`),
    '',
    'Per relation type',
    ...report.relationTypes.map((t) => `    ${t.type.padEnd(36)} ${String(t.count).padStart(5)}`),
    '',
    `Sources: ${percent(report.sources.pageLevelShare)} of relations cite a specific page; ${report.sources.domainRoots.length} cite a site's root, ${report.sources.seedNotes} the seed notes.`,
    ...list(report.sources.domainRoots, (d) => `${d.relation}: ${d.source}`),
    '',
    `Technologies in no curated relation: ${report.unrelated.length}`,
    ...list(report.unrelated, (id) => id),
    '',
    'Relation types per technology: how many technologies take part in N distinct types',
    ...report.typesPerTechnology.map((t) => `    ${String(t.types).padStart(2)} types: ${t.technologies}`),
    '',
    `Notes repeated word for word (WRITTEN_IN aside): ${report.repeatedNotes.length}`,
    ...list(report.repeatedNotes, (n) => `${n.count}× "${n.note}"`),
    '',
    `Technologies not active: ${report.notActive.length}`,
    ...list(report.notActive, (t) => `${t.id}: ${t.status} since ${t.since}, ${t.source}`),
  ];
}

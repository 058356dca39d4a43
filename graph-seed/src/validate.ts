import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { type Category, type DataFile, dataFileSchema, type Relation, type Technology, type Vendor } from '../../schema/model/data-schema.ts';
import { normalizeName } from '../../schema/model/names.ts';
import { mirroredRelationKey, relationKey } from '../../schema/model/relation-key.ts';
import { relationTypes } from '../../schema/model/vocabulary.ts';

/** The whole curated graph, merged from every data file and checked as one. */
export interface SeedData {
  categories: Category[];
  vendors: Vendor[];
  technologies: Technology[];
  relations: Relation[];
  /** What each data file holds, for the curation report; absent for data made in code. */
  areas?: Array<{ file: string; technologies: number; relations: number }>;
}

/** One thing wrong with the data, located precisely enough for an editor to fix it. */
export interface DataProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export class SeedDataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(
      `The graph data has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written. Fix these and run the seed again:\n` +
        problems.map((p) => `  ${p.file} › ${p.entry} › ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'SeedDataError';
  }
}

const symmetricTypes = new Set(relationTypes.filter((t) => t.symmetric).map((t) => t.type));

export const defaultDataDir = path.resolve(import.meta.dirname, '../data');

/** Reads every `.yaml` file in `dir`, validates each against the data schema and the whole against the graph's rules. */
export async function loadSeedData(dir: string = defaultDataDir): Promise<SeedData> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  const files: Array<{ file: string; data: DataFile }> = [];
  const problems: DataProblem[] = [];
  for (const file of names) {
    const text = await readFile(path.join(dir, file), 'utf8');
    let raw: unknown;
    try {
      raw = parse(text);
    } catch (error) {
      problems.push({ file, entry: '(file)', field: '(yaml)', message: (error as Error).message.split('\n')[0] ?? 'invalid YAML' });
      continue;
    }
    const result = dataFileSchema.safeParse(raw ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file, ...locate(raw, issue.path), message: issue.message });
      continue;
    }
    files.push({ file, data: result.data });
  }
  if (problems.length === 0) problems.push(...checkGraph(files));
  if (problems.length > 0) throw new SeedDataError(problems);
  return {
    categories: files.flatMap((f) => f.data.categories),
    vendors: files.flatMap((f) => f.data.vendors),
    technologies: files.flatMap((f) => f.data.technologies),
    relations: files.flatMap((f) => f.data.relations),
    areas: files.map((f) => ({ file: f.file, technologies: f.data.technologies.length, relations: f.data.relations.length })),
  };
}

function locate(raw: unknown, issuePath: PropertyKey[]): { entry: string; field: string } {
  const [section, index, ...rest] = issuePath;
  if (typeof section !== 'string' || typeof index !== 'number') return { entry: '(file)', field: issuePath.join('.') || '(root)' };
  const item = (raw as Record<string, unknown[]>)[section]?.[index] as Record<string, unknown> | undefined;
  const label =
    item && typeof item === 'object' ? (item.id ?? (item.from && item.type && item.to ? `${item.from} ${item.type} ${item.to}` : undefined)) : undefined;
  return { entry: `${section}[${index}]${label ? ` (${String(label)})` : ''}`, field: rest.join('.') || '(entry)' };
}

/** Rules that span entries and files: unique ids, known endpoints, no duplicate or mirrored relations. */
function checkGraph(files: Array<{ file: string; data: DataFile }>): DataProblem[] {
  const problems: DataProblem[] = [];
  const owner = new Map<string, string>();
  const categories = new Set<string>();
  const vendors = new Set<string>();
  const technologies = new Set<string>();

  const claim = (file: string, section: string, index: number, id: string, set: Set<string>) => {
    const entry = `${section}[${index}] (${id})`;
    const previous = owner.get(id);
    if (previous)
      problems.push({ file, entry, field: 'id', message: `duplicate id "${id}", already used in ${previous}; ids must be unique across all data files` });
    else owner.set(id, `${file} › ${entry}`);
    set.add(id);
  };
  for (const { file, data } of files) {
    for (const [i, c] of data.categories.entries()) claim(file, 'categories', i, c.id, categories);
    for (const [i, v] of data.vendors.entries()) claim(file, 'vendors', i, v.id, vendors);
    for (const [i, t] of data.technologies.entries()) claim(file, 'technologies', i, t.id, technologies);
  }

  // A technology's name or alias must name no other technology: the question parser and the
  // exact-name search read "Phoenix" as whichever node holds it, so a shared one answers about the
  // wrong one. (A vendor named like its product, GitHub and GitHub Inc., is a different kind of node.)
  const named = new Map<string, string>();
  for (const { file, data } of files) {
    data.technologies.forEach((t, i) => {
      const entry = `technologies[${i}] (${t.id})`;
      for (const [field, text] of [['name', t.name] as const, ...t.aliases.map((a, j) => [`aliases.${j}`, a] as const)]) {
        const key = normalizeName(text);
        const holder = named.get(key);
        if (holder === undefined) named.set(key, t.id);
        else if (holder !== t.id)
          problems.push({ file, entry, field, message: `"${text}" already names the technology ${holder}; drop it, or make it name only this one` });
      }
    });
  }

  const seen = new Map<string, string>();
  for (const { file, data } of files) {
    data.technologies.forEach((t, i) => {
      const entry = `technologies[${i}] (${t.id})`;
      t.categories.forEach((c, j) => {
        if (!categories.has(c))
          problems.push({ file, entry, field: `categories.${j}`, message: `unknown category "${c}"; add it to a categories section or use an existing one` });
      });
      if (t.vendor && !vendors.has(t.vendor))
        problems.push({ file, entry, field: 'vendor', message: `unknown vendor "${t.vendor}"; add it to a vendors section or use an existing one` });
    });
    data.relations.forEach((r, i) => {
      const entry = `relations[${i}] (${r.from} ${r.type} ${r.to})`;
      const nodes = (id: string) => technologies.has(id) || vendors.has(id);
      if (!nodes(r.from)) problems.push({ file, entry, field: 'from', message: `"${r.from}" is not the id of any technology or vendor` });
      if (!nodes(r.to)) problems.push({ file, entry, field: 'to', message: `"${r.to}" is not the id of any technology or vendor` });
      if (r.from === r.to) problems.push({ file, entry, field: 'to', message: 'a relation cannot point at its own source' });
      const key = relationKey(r);
      const mirror = mirroredRelationKey(r);
      const where = `${file} › ${entry}`;
      if (seen.has(key)) problems.push({ file, entry, field: '(entry)', message: `duplicate relation, already given in ${seen.get(key)}` });
      else if (symmetricTypes.has(r.type) && seen.has(mirror))
        problems.push({
          file,
          entry,
          field: '(entry)',
          message: `${r.type} is symmetric and is already given the other way round in ${seen.get(mirror)}; keep one`,
        });
      else seen.set(key, where);
    });
  }
  return problems;
}

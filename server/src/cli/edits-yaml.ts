import { stringify } from 'yaml';
import { dataFileSchema } from '../../../schema/model/data-schema.ts';
import { derivedTypeNames } from '../../../schema/model/vocabulary.ts';
import type { Db } from '../db/driver.ts';
import { editedRelations, editedTechnologies } from '../db/queries/edits.ts';

export interface EditsExport {
  /** A data file in the curated format (graph-seed/data/*.yaml), with a header saying what it is. */
  yaml: string;
  technologies: number;
  relations: number;
  /** Where an exported entry breaks the data schema (e.g. a note too short for curation), one sentence each. */
  problems: string[];
}

/** Everything created through the API, as one curated data file, ready to review and move into graph-seed/data/. */
export async function exportEdits(db: Db, now: Date = new Date()): Promise<EditsExport> {
  const [technologies, relations] = await Promise.all([editedTechnologies(db), editedRelations(db, derivedTypeNames)]);
  const data = {
    technologies: technologies.map(({ vendor, remarks, status, statusSince, statusSource, ...t }) => ({
      ...t,
      firstRelease: Number(t.firstRelease),
      // Active is the default, so it is written only when it is not.
      ...(status !== 'active' && { status, statusSince: Number(statusSince), statusSource }),
      ...(vendor && { vendor }),
      ...(remarks.length > 0 && { remarks: remarks.map((r) => JSON.parse(r) as unknown) }),
    })),
    relations,
  };
  // Key order as in the curated files, so a reviewer can diff and paste.
  const ordered = {
    technologies: data.technologies.map((t) => ({
      id: t.id,
      name: t.name,
      aliases: t.aliases,
      kind: t.kind,
      categories: t.categories,
      ...('vendor' in t && { vendor: t.vendor }),
      description: t.description,
      firstRelease: t.firstRelease,
      license: t.license,
      homepage: t.homepage,
      ...('remarks' in t && { remarks: t.remarks }),
      ...('status' in t && { status: t.status, statusSince: t.statusSince, statusSource: t.statusSource }),
    })),
    relations: data.relations,
  };
  const checked = dataFileSchema.safeParse(ordered);
  const problems = checked.success ? [] : checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const header = [
    `# Technologies and relations created through the techgraph API, exported ${now.toISOString()}.`,
    '# Review each entry (facts checked against a cited page), then move it into a file under graph-seed/data/.',
    '',
  ].join('\n');
  return { yaml: header + stringify(ordered, { lineWidth: 0 }), technologies: technologies.length, relations: relations.length, problems };
}

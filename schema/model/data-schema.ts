import { z } from 'zod';
import { curatedTypeNames } from './vocabulary.ts';

/** A stable id: lowercase words joined by hyphens, e.g. `apache-spark`. It never changes once published. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lowercase letters, digits and single hyphens, e.g. "apache-spark"')
  .max(80);

export const technologyKinds = [
  'open-source-project',
  'managed-service',
  'library',
  'framework',
  'language',
  'tool',
  'platform',
  'file-format',
  'specification',
] as const;

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });

/** Where a claim comes from: the seed notes, or a named public reference with its address. */
export const sourceSchema = z.union([
  z.literal('seed-notes'),
  z.string().regex(/^.{3,120} <https:\/\/\S+>$/, 'must be "seed-notes" or "Reference name <https://…>"'),
]);

/** A claim from the seed notes that needed correcting, kept beside the correct fact. */
export const remarkSchema = z.strictObject({
  claim: z.string().min(3),
  correction: z.string().min(3),
  source: sourceSchema,
});

export const licenseSchema = z.union([
  z.literal('Proprietary'),
  z.string().regex(/^[A-Za-z0-9.+-]+(?: (?:OR|AND) [A-Za-z0-9.+-]+)*$/, 'must be an SPDX licence id such as "Apache-2.0", or "Proprietary"'),
]);

/**
 * Where a technology stands in its life: `active` is developed and supported; `maintenance` gets
 * fixes but no new features (often "legacy" in its own docs); `deprecated` has a successor or an
 * announced end; `retired` is no longer offered or developed (a shut-down service, an Attic project).
 */
export const technologyStatuses = ['active', 'maintenance', 'deprecated', 'retired'] as const;
export type TechnologyStatus = (typeof technologyStatuses)[number];

/** A page that supports a claim: "Title <https://…>" naming the page itself, never "seed-notes". */
const citedPage = z
  .string()
  .regex(/^.{3,120} <https:\/\/[^/\s]+\/\S+>$/, 'must be "Page title <https://…/page>" naming the page that supports it, not a home page');

export const technologySchema = z
  .strictObject({
    id: slug,
    name: z.string().min(1).max(80),
    aliases: z.array(z.string().min(1).max(80)).default([]),
    kind: z.enum(technologyKinds),
    categories: z.array(slug).min(1, 'needs at least one category'),
    vendor: slug.optional(),
    description: z.string().min(20).max(400),
    firstRelease: z
      .number()
      .int()
      .min(1950)
      .max(2030)
      .describe(
        'The year of the first public release: the first version anyone outside its makers could download or use, a public preview or beta included. A cloud service that was renamed counts from the year it took its current name; its earlier name is a technology of its own, linked by UPGRADE_OF.',
      ),
    license: licenseSchema,
    homepage: httpsUrl,
    remarks: z.array(remarkSchema).default([]),
    status: z.enum(technologyStatuses, { error: `must be one of ${technologyStatuses.join(', ')}` }).default('active'),
    statusSince: z.number().int().min(1950).max(2030).optional(),
    statusSource: citedPage.optional(),
  })
  .superRefine((t, ctx) => {
    // A status other than active is a claim like any relation: it needs its year and a page to check it against.
    if (t.status === 'active') {
      for (const field of ['statusSince', 'statusSource'] as const)
        if (t[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: `applies only when status is not active; remove it or set status` });
      return;
    }
    if (t.statusSince === undefined)
      ctx.addIssue({ code: 'custom', path: ['statusSince'], message: `is required when status is ${t.status}: give the year it became ${t.status}` });
    if (t.statusSource === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['statusSource'],
        message: `is required when status is ${t.status}: cite the page that says so as "Page title <https://…>"`,
      });
  });

const curatedRelationTypes = curatedTypeNames as [string, ...string[]];

export const relationSchema = z.strictObject({
  from: slug,
  type: z.enum(curatedRelationTypes, {
    error: `must be one of ${curatedRelationTypes.join(', ')} (PROVIDED_BY and IN_CATEGORY come from the vendor and categories fields)`,
  }),
  to: slug,
  note: z.string().min(10).max(300),
  source: sourceSchema,
});

export const categorySchema = z.strictObject({
  id: slug,
  name: z.string().min(1).max(80),
  description: z.string().min(10).max(300),
});

export const vendorSchema = z.strictObject({
  id: slug,
  name: z.string().min(1).max(80),
  aliases: z.array(z.string().min(1).max(80)).default([]),
  description: z.string().min(10).max(300),
  homepage: httpsUrl,
});

/** One file under graph-seed/data/. Every section is optional so an area can hold only what it needs. */
export const dataFileSchema = z.strictObject({
  categories: z.array(categorySchema).default([]),
  vendors: z.array(vendorSchema).default([]),
  technologies: z.array(technologySchema).default([]),
  relations: z.array(relationSchema).default([]),
});

export type Technology = z.infer<typeof technologySchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Vendor = z.infer<typeof vendorSchema>;
export type DataFile = z.infer<typeof dataFileSchema>;

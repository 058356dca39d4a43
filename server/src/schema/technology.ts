import { builder } from '../builder.ts';
import { categoriesOfTechnologies, vendorsOfTechnologies } from '../db/queries/entities.ts';
import { LifecycleStatusEnum, OriginEnum } from './enums.ts';
import { CategoryRef, EntityRef, TechnologyRef, VendorRef } from './refs.ts';

interface RemarkShape {
  claim: string;
  correction: string;
  source: string;
}

const Remark = builder.objectRef<RemarkShape>('Remark').implement({
  description: 'A claim from the seed notes that needed correcting, kept beside the correct fact.',
  fields: (t) => ({
    claim: t.exposeString('claim'),
    correction: t.exposeString('correction'),
    source: t.exposeString('source'),
  }),
});

/** The loader stores remarks as JSON strings; one that does not parse is skipped rather than failing the whole node. */
function parseRemarks(remarks: readonly string[]): RemarkShape[] {
  return remarks.flatMap((text) => {
    try {
      const r = JSON.parse(text) as Partial<RemarkShape>;
      return typeof r.claim === 'string' && typeof r.correction === 'string'
        ? [{ claim: r.claim, correction: r.correction, source: String(r.source ?? '') }]
        : [];
    } catch {
      return [];
    }
  });
}

TechnologyRef.implement({
  description: 'A technology: a project, service, library, framework, language, tool, platform, format or specification.',
  interfaces: [EntityRef],
  isTypeOf: (row) => (row as { label?: string }).label === 'Technology',
  fields: (t) => ({
    firstRelease: t.exposeInt('firstRelease', { nullable: true, description: 'Year of the first public release.' }),
    license: t.exposeString('license', { nullable: true, description: 'SPDX licence id, or "Proprietary".' }),
    openSource: t.exposeBoolean('openSource'),
    homepage: t.exposeString('homepage', { nullable: true }),
    origin: t.field({ type: OriginEnum, resolve: (row) => row.origin }),
    remarks: t.field({ type: [Remark], resolve: (row) => parseRemarks(row.remarks) }),
    status: t.field({ type: LifecycleStatusEnum, resolve: (row) => row.status }),
    statusSince: t.exposeInt('statusSince', { nullable: true, description: 'The year the status took effect; null while ACTIVE.' }),
    statusSource: t.exposeString('statusSource', {
      nullable: true,
      description: 'The page that supports the status, as "Page title <https://…>"; null while ACTIVE.',
    }),
    vendor: t.loadable({
      type: VendorRef,
      nullable: true,
      load: (ids: string[], { db }) => vendorsOfTechnologies(db, ids),
      resolve: (row) => row.id,
    }),
    categories: t.loadableList({
      type: CategoryRef,
      load: (ids: string[], { db }) => categoriesOfTechnologies(db, ids),
      resolve: (row) => row.id,
    }),
  }),
});

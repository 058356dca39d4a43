import { builder } from '../builder.ts';
import { entitiesWithLabel, technologiesOfVendors } from '../db/queries/entities.ts';
import { EntityRef, TechnologyRef, VendorRef } from './refs.ts';

VendorRef.implement({
  description: 'A company or foundation that makes or stewards technologies.',
  interfaces: [EntityRef],
  isTypeOf: (row) => (row as { label?: string }).label === 'Vendor',
  fields: (t) => ({
    homepage: t.exposeString('homepage', { nullable: true }),
    technologies: t.loadableList({
      type: TechnologyRef,
      description: 'What this vendor provides, by name.',
      load: (ids: string[], { db }) => technologiesOfVendors(db, ids),
      resolve: (row) => row.id,
    }),
  }),
});

builder.queryField('vendors', (t) =>
  t.field({ type: [VendorRef], description: 'Every vendor, by name.', resolve: (_root, _args, { db }) => entitiesWithLabel(db, 'Vendor') }),
);

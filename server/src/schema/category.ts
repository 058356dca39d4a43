import { builder } from '../builder.ts';
import { entitiesWithLabel, technologiesInCategories, technologyCountsOfCategories } from '../db/queries/entities.ts';
import { CategoryRef, EntityRef, TechnologyRef } from './refs.ts';

CategoryRef.implement({
  description: 'A group of technologies that do a similar job.',
  interfaces: [EntityRef],
  isTypeOf: (row) => (row as { label?: string }).label === 'Category',
  fields: (t) => ({
    technologies: t.loadableList({
      type: TechnologyRef,
      description: 'The technologies in this category, by name.',
      load: (ids: string[], { db }) => technologiesInCategories(db, ids),
      resolve: (row) => row.id,
    }),
    technologyCount: t.loadable({
      type: 'Int',
      load: (ids: string[], { db }) => technologyCountsOfCategories(db, ids),
      resolve: (row) => row.id,
    }),
  }),
});

builder.queryField('categories', (t) =>
  t.field({ type: [CategoryRef], description: 'Every category, by name.', resolve: (_root, _args, { db }) => entitiesWithLabel(db, 'Category') }),
);

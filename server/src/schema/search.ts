import { builder } from '../builder.ts';
import { type SearchHit, searchGraph } from '../services/search.ts';
import { EntityLabelEnum } from './enums.ts';
import { searchHitProps } from './projection.ts';
import { EntityRef } from './refs.ts';
import { intInRange } from './validation.ts';

export const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'One search result; an exact name or alias match always ranks first.',
  fields: (t) => ({
    id: t.id({ resolve: (h) => h.entity.id }),
    name: t.string({ resolve: (h) => h.entity.name }),
    kind: t.string({ resolve: (h) => h.entity.kind }),
    label: t.field({ type: EntityLabelEnum, resolve: (h) => h.entity.label }),
    score: t.exposeFloat('score', { description: 'Full-text relevance; 0 for a node found only by its exact name or alias.' }),
    matchedAlias: t.exposeString('matchedAlias', { nullable: true, description: 'The alias that matched, when it was an alias.' }),
    entity: t.field({ type: EntityRef, resolve: (h) => h.entity }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'Ranked matches over names, aliases and descriptions of every kind of node, forgiving of case, spacing and small typos. Any text is accepted; blank text gives an empty list.',
    args: {
      text: t.arg.string({ required: true }),
      first: t.arg.int({ defaultValue: 10, description: '1 to 50.', validate: intInRange('first', 1, 50) }),
    },
    resolve: (_root, { text, first }, { db }, info) => searchGraph(db, text, first ?? 10, searchHitProps(info)),
  }),
);

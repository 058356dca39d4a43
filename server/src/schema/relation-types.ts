import { type RelationTypeInfo, relationTypes } from '../../../schema/model/vocabulary.ts';
import { builder } from '../builder.ts';
import { RelationTypeEnum } from './enums.ts';

const RelationTypeInfoRef = builder.objectRef<RelationTypeInfo>('RelationTypeInfo').implement({
  description: 'One relation type of the vocabulary and how it reads in each direction.',
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, resolve: (r) => r.type }),
    phrase: t.exposeString('phrase', { description: 'Reads from → to: "<from> <phrase> <to>".' }),
    inverse: t.exposeString('inverse', { description: 'Reads to → from: "<to> <inverse> <from>".' }),
    description: t.exposeString('description'),
    symmetric: t.exposeBoolean('symmetric', { description: 'Means the same either way; stored once, in either direction.' }),
    derived: t.exposeBoolean('derived', { description: "Written from a technology's vendor or categories field rather than listed as a relation." }),
  }),
});

builder.queryField('relationTypes', (t) =>
  t.field({ type: [RelationTypeInfoRef], description: 'The relation vocabulary, in its file order.', resolve: () => [...relationTypes] }),
);

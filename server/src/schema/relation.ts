import { isSymmetric } from '../../../schema/model/vocabulary.ts';
import { OriginEnum, RelationTypeEnum } from './enums.ts';
import { EntityRef, RelationRef } from './refs.ts';

RelationRef.implement({
  description: 'A directed, typed relation between two nodes, as stored: "<from> <phrase> <to>".',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id: from|TYPE|to' }),
    type: t.field({ type: RelationTypeEnum, resolve: (r) => r.type }),
    fromId: t.exposeID('fromId'),
    toId: t.exposeID('toId'),
    from: t.field({ type: EntityRef, resolve: (r) => r.fromId }),
    to: t.field({ type: EntityRef, resolve: (r) => r.toId }),
    note: t.exposeString('note', { description: 'Why the relation holds, in a sentence.' }),
    source: t.exposeString('source', { description: '"seed-notes" or "Reference name <https://…>".' }),
    origin: t.field({ type: OriginEnum, resolve: (r) => r.origin }),
    symmetric: t.boolean({ description: 'True for ALTERNATIVE_TO and INTEGRATES_WITH: stored once, true both ways.', resolve: (r) => isSymmetric(r.type) }),
  }),
});

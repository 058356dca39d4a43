import { relationTypes } from '../../../schema/model/vocabulary.ts';
import { builder } from '../builder.ts';

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'The controlled vocabulary of relation types (schema/relation-types.json). A relation reads "<from> <phrase> <to>".',
  values: Object.fromEntries(relationTypes.map((t) => [t.type, { value: t.type, description: t.description }])),
});

export const EntityLabelEnum = builder.enumType('EntityLabel', {
  values: {
    TECHNOLOGY: { value: 'Technology' as const },
    VENDOR: { value: 'Vendor' as const },
    CATEGORY: { value: 'Category' as const },
  },
});

export const OriginEnum = builder.enumType('Origin', {
  description: 'Where a node or relation comes from: the reviewed data in graph-seed/data, or the API.',
  values: {
    CURATED: { value: 'curated' as const, description: 'Loaded from graph-seed/data; edited there, not through the API.' },
    USER: { value: 'user' as const, description: 'Created through the API; never touched by re-seeding.' },
  },
});

export const DirectionEnum = builder.enumType('Direction', {
  values: {
    OUTGOING: { value: 'OUTGOING' as const, description: 'Relations whose from is the node.' },
    INCOMING: { value: 'INCOMING' as const, description: 'Relations whose to is the node.' },
    BOTH: { value: 'BOTH' as const, description: 'Either way.' },
  },
});

export const LifecycleStatusEnum = builder.enumType('LifecycleStatus', {
  description: 'Where a technology stands in its life; anything but ACTIVE comes with the year and a cited page.',
  values: {
    ACTIVE: { value: 'active' as const, description: 'Developed and supported.' },
    MAINTENANCE: { value: 'maintenance' as const, description: 'Fixed but no longer developed further; its own docs often call it legacy.' },
    DEPRECATED: { value: 'deprecated' as const, description: 'Superseded or with an announced end; still offered for now.' },
    RETIRED: { value: 'retired' as const, description: 'No longer offered or developed: a shut-down service or a project moved to an attic.' },
  },
});

import { type ResolveCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { entitiesByIds } from '../db/queries/entities.ts';
import { type TechnologyPageRow, technologiesPage } from '../db/queries/technologies.ts';
import { decodeCursor, encodeCursor, type NameCursor } from '../domain/cursor.ts';
import { badInput, shown } from '../errors.ts';
import { EntityRef, TechnologyRef } from './refs.ts';

const pageSizeMessage = (name: string) => `${name} must be a whole number from 0 to 100; ask for at most 100 technologies per page.`;
const pageSize = (name: string) =>
  z.number(pageSizeMessage(name)).int(pageSizeMessage(name)).min(0, pageSizeMessage(name)).max(100, pageSizeMessage(name)).nullish();

function parseCursor(text: string | null | undefined): NameCursor | null {
  if (text == null) return null;
  const cursor = decodeCursor(text);
  if (!cursor) throw badInput(`The cursor ${shown(text.slice(0, 40))} was not issued by this API; pass a cursor from a previous page.`);
  return cursor;
}

builder.queryField('technology', (t) =>
  t.field({
    type: TechnologyRef,
    nullable: true,
    description: 'One technology by id, or null when no technology has that id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, { db }) => {
      const [row] = await entitiesByIds(db, [String(id)]);
      return row?.label === 'Technology' ? row : null;
    },
  }),
);

builder.queryField('entity', (t) =>
  t.field({
    type: EntityRef,
    nullable: true,
    description: 'Any node by id (technology, vendor or category), or null when the id is unknown.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, { db }) => (await entitiesByIds(db, [String(id)]))[0] ?? null,
  }),
);

builder.queryField('technologies', (t) =>
  t.connection({
    type: TechnologyRef,
    description:
      'Technologies ordered by name then id, filtered by category, vendor, kind and text (name, alias or description). 20 per page by default, at most 100.',
    args: {
      category: t.arg.id({ description: 'Only technologies in this category.' }),
      vendor: t.arg.id({ description: 'Only technologies of this vendor.' }),
      kind: t.arg.string({ description: 'Only technologies of this kind, e.g. "managed-service".' }),
      text: t.arg.string({ description: 'Case-insensitive text found in the name, an alias or the description.' }),
    },
    validate: { schema: z.looseObject({ first: pageSize('first'), last: pageSize('last') }) },
    resolve: (_root, args, { db }) =>
      resolveCursorConnection(
        { args, defaultSize: 20, maxSize: 100, toCursor: (row: TechnologyPageRow) => encodeCursor({ name: row.sortName, id: row.id }) },
        ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) =>
          technologiesPage(
            db,
            {
              category: args.category == null ? null : String(args.category),
              vendor: args.vendor == null ? null : String(args.vendor),
              kind: args.kind,
              text: args.text,
            },
            { after: parseCursor(after), before: parseCursor(before), limit, inverted },
          ),
      ),
  }),
);

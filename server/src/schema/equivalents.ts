import { builder } from '../builder.ts';
import { entitiesByIds } from '../db/queries/entities.ts';
import { equivalentServices } from '../db/queries/equivalents.ts';
import { notFound, shown } from '../errors.ts';
import { TechnologyRef } from './refs.ts';

builder.queryField('equivalents', (t) =>
  t.field({
    type: [TechnologyRef],
    description:
      'Managed services at other vendors that do the same job (ALTERNATIVE_TO), by vendor then name: AWS Lambda → Azure Functions, Google Cloud Functions. `vendor` narrows to one vendor.',
    args: {
      id: t.arg.id({ required: true }),
      vendor: t.arg.id({ required: false }),
    },
    resolve: async (_root, args, { db }) => {
      const id = String(args.id);
      const vendor = args.vendor == null ? null : String(args.vendor);
      const [node, vendorNode] = await entitiesByIds(db, vendor ? [id, vendor] : [id]);
      if (!node) throw notFound(`No node has the id ${shown(id)}; look the name up with search and use its id.`);
      if (vendor && vendorNode?.label !== 'Vendor') throw notFound(`No vendor has the id ${shown(vendor)}; the vendors query lists them.`);
      return equivalentServices(db, id, vendor);
    },
  }),
);

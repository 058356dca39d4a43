import { builder } from '../builder.ts';

export const DeletePayloadRef = builder.objectRef<{ id: string; deleted: boolean }>('DeletePayload').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    deleted: t.exposeBoolean('deleted', { description: 'False when there was nothing to delete (for example a retried delete).' }),
  }),
});

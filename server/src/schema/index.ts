import { builder } from '../builder.ts';
import './stats.ts';

export const schema = builder.toSchema({ sortSchema: true });

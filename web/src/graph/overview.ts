import { overviewSize, rankOverview } from '../../../schema/model/overview.ts';
import type { GraphData } from './model.ts';

export { overviewSize };

/** The first view's technologies (schema/model/overview.ts has the rule, which the server's layout of them shares). */
export function overviewIds(data: GraphData, size = overviewSize): Set<string> {
  const nodes = data.nodes.map((n) => ({ id: n.id, name: n.name, technology: n.label === 'Technology' }));
  return new Set(rankOverview(nodes, data.edges, size));
}

import type { Db } from '../../server/src/db/driver.ts';

export interface GraphSnapshot {
  nodes: string[];
  relations: string[];
}

const sortedProps = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)));

/** Every node (labels and properties) and every relation (type, ends and properties), as sorted JSON lines. */
export async function graphSnapshot(db: Db): Promise<GraphSnapshot> {
  const nodes = await db.read<{ id: string; labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props',
  );
  const relations = await db.read<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
  );
  return {
    nodes: nodes.map((n) => JSON.stringify([n.id, [...n.labels].sort(), sortedProps(n.props)])).sort(),
    relations: relations.map((r) => JSON.stringify([r.type, r.from, r.to, sortedProps(r.props)])).sort(),
  };
}

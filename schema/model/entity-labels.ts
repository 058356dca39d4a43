/** The node labels of the graph; every node also carries `Entity`. The only labels put into Cypher. */
export const entityLabels = ['Technology', 'Vendor', 'Category'] as const;

export type EntityLabel = (typeof entityLabels)[number];

export const isEntityLabel = (value: string): value is EntityLabel => (entityLabels as readonly string[]).includes(value);

import relationVocabulary from '../../../schema/relation-types.json' with { type: 'json' };
import { type GraphData, graphFromApi } from '../graph/model.ts';
import { request } from './client.ts';
import { GraphQuery, type RelationType, type Vocabulary, VocabularyQuery } from './graph-queries.ts';

/** Where the server's force layout puts each node (model coordinates; the canvas fits them to the screen). */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

export interface BaseGraph {
  vocabulary: Vocabulary;
  graph: GraphData;
  /** The server's layout of this graph, so the first view draws without laying out in the browser; null when it sent none. */
  positions: Positions | null;
}

/** The useAsync key of the first view's data, which main.tsx starts loading before React renders. */
export const baseGraphKey = 'base-graph';

/**
 * The curated relation types as this build knows them; the server serves the same file, so the
 * graph request need not wait for the vocabulary's answer (issue 6, item 5).
 */
const builtCurated = relationVocabulary.types.filter((t) => !t.derived).map((t) => t.type as RelationType);

/** The first view: the curated graph without the derived vendor and category links (issue 5, point 1). */
export async function loadBaseGraph(signal: AbortSignal): Promise<BaseGraph> {
  const [vocabulary, guessed] = await Promise.all([
    request(VocabularyQuery, {}, signal),
    request(GraphQuery, { relationTypes: builtCurated, withLayout: true }, signal),
  ]);
  const curated: RelationType[] = vocabulary.relationTypes.filter((t) => !t.derived).map((t) => t.type);
  // A server on another vocabulary than this build's: ask again with the types it serves.
  const same = curated.length === builtCurated.length && curated.every((t) => builtCurated.includes(t));
  const { graph } = same ? guessed : await request(GraphQuery, { relationTypes: curated, withLayout: true }, signal);
  // Marks for the bench's navigation breakdown (tests/bench/frontend.ts); visible in any browser profile too.
  performance.mark('techgraph:base-graph-data');
  const positions = graph.layout ? new Map(graph.layout.map((p) => [p.id, { x: p.x, y: p.y }])) : null;
  return { vocabulary, graph: graphFromApi(graph.nodes, graph.relations), positions };
}

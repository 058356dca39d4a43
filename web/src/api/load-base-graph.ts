import { curatedTypeNames } from '../../../schema/model/vocabulary.ts';
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
 * The curated relation types as this build knows them; the server serves the same vocabulary, so
 * the graph request need not wait for the vocabulary's answer.
 */
const builtCurated = curatedTypeNames as readonly RelationType[];

/** Every visit asks the same two questions first; a returning browser revalidates its copies (304) instead of downloading them. */
const cacheable = { cacheable: true };

/** The first view: the curated graph without the derived vendor and category links, which would tie everything to a few hubs. */
export async function loadBaseGraph(signal: AbortSignal): Promise<BaseGraph> {
  const [vocabulary, guessed] = await Promise.all([
    request(VocabularyQuery, {}, signal, cacheable),
    request(GraphQuery, { relationTypes: [...builtCurated], withLayout: true }, signal, cacheable),
  ]);
  const curated: RelationType[] = vocabulary.relationTypes.filter((t) => !t.derived).map((t) => t.type);
  // A server on another vocabulary than this build's: ask again with the types it serves.
  const same = curated.length === builtCurated.length && curated.every((t) => builtCurated.includes(t));
  const { graph } = same ? guessed : await request(GraphQuery, { relationTypes: curated, withLayout: true }, signal, cacheable);
  // Marks for the bench's navigation breakdown (tests/bench/frontend.ts); visible in any browser profile too.
  performance.mark('techgraph:base-graph-data');
  const positions = graph.layout ? new Map(graph.layout.map((p) => [p.id, { x: p.x, y: p.y }])) : null;
  return { vocabulary, graph: graphFromApi(graph.nodes, graph.relations), positions };
}

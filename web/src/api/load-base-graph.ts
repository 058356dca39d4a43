import { curatedTypeNames } from '../../../schema/model/vocabulary.ts';
import { type GraphData, graphFromApi } from '../graph/model.ts';
import { request } from './client.ts';
import { GraphLayoutQuery, GraphQuery, type RelationType, type Vocabulary, VocabularyQuery } from './graph-queries.ts';

/** Where the server's force layout puts each node (model coordinates; the canvas fits them to the screen). */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

export interface BaseGraph {
  vocabulary: Vocabulary;
  graph: GraphData;
  /** The server's layout of the whole graph, when the page opened on it (`scene=all`); otherwise fetched later (loadWholeLayout). */
  positions: Positions | null;
  /** The server's layout of the first view's technologies alone, when the page opened on the overview. */
  overviewPositions: Positions | null;
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

const toPositions = (layout: ReadonlyArray<{ id: string; x: number; y: number }> | null | undefined): Positions | null =>
  layout ? new Map(layout.map((p) => [p.id, { x: p.x, y: p.y }])) : null;

/**
 * Which layout the page opens on asks the server for: the overview's (40 nodes, ready when the
 * server starts) unless the address asks for the whole graph, whose layout then comes instead.
 */
function wantedLayouts(): { withLayout: boolean; withOverview: boolean } {
  const scene = new URLSearchParams(window.location.search).get('scene');
  return { withLayout: scene === 'all', withOverview: scene !== 'all' && scene !== 'empty' };
}

/** The first view: the curated graph without the derived vendor and category links, which would tie everything to a few hubs. */
export async function loadBaseGraph(signal: AbortSignal): Promise<BaseGraph> {
  const layouts = wantedLayouts();
  const [vocabulary, guessed] = await Promise.all([
    request(VocabularyQuery, {}, signal, cacheable),
    request(GraphQuery, { relationTypes: [...builtCurated], ...layouts }, signal, cacheable),
  ]);
  const curated: RelationType[] = vocabulary.relationTypes.filter((t) => !t.derived).map((t) => t.type);
  // A server on another vocabulary than this build's: ask again with the types it serves.
  const same = curated.length === builtCurated.length && curated.every((t) => builtCurated.includes(t));
  const { graph } = same ? guessed : await request(GraphQuery, { relationTypes: curated, ...layouts }, signal, cacheable);
  // Marks for the bench's navigation breakdown (tests/bench/frontend.ts); visible in any browser profile too.
  performance.mark('techgraph:base-graph-data');
  return {
    vocabulary,
    graph: graphFromApi(graph.nodes, graph.relations),
    positions: toPositions(graph.layout),
    overviewPositions: toPositions(graph.overviewLayout),
  };
}

/** The server's layout of the whole curated graph, for "Show everything" after a first view that did not need it. */
export async function loadWholeLayout(vocabulary: Vocabulary, signal: AbortSignal): Promise<Positions | null> {
  const curated = vocabulary.relationTypes.filter((t) => !t.derived).map((t) => t.type);
  const { graph } = await request(GraphLayoutQuery, { relationTypes: curated }, signal, cacheable);
  return toPositions(graph.layout);
}

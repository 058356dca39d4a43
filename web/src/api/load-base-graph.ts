import { curatedTypeNames } from '../../../schema/model/vocabulary.ts';
import { type GraphData, graphFromApi } from '../graph/model.ts';
import { request } from './client.ts';
import { GraphLayoutQuery, GraphQuery, OverviewQuery, type RelationType, type Vocabulary, VocabularyQuery } from './graph-queries.ts';

/** Where the server's force layout puts each node (model coordinates; the canvas fits them to the screen). */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

export interface BaseGraph {
  vocabulary: Vocabulary;
  /** The whole curated graph, or only the first view's part of it while the whole graph loads (`whole`). */
  graph: GraphData;
  whole: boolean;
  /** How many technologies the whole graph holds. */
  technologies: number;
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

/** Which layouts to ask for along with the graph. */
export interface WantedLayouts {
  withLayout: boolean;
  withOverview: boolean;
}

/**
 * Which layout the page opens on asks the server for: the overview's (40 nodes, ready when the
 * server starts) unless the address asks for the whole graph, whose layout then comes instead.
 */
function wantedLayouts(): WantedLayouts {
  const scene = new URLSearchParams(window.location.search).get('scene');
  return { withLayout: scene === 'all', withOverview: scene !== 'all' && scene !== 'empty' };
}

const curatedOf = (vocabulary: Vocabulary): RelationType[] => vocabulary.relationTypes.filter((t) => !t.derived).map((t) => t.type);

/**
 * The vocabulary and `ask`'s answer for the curated relation types. The question goes out with the
 * types this build knows, beside the vocabulary's; only a server on another vocabulary is asked again,
 * with the types it serves. `mark` names the performance mark set when the data is in, for the
 * bench's navigation breakdown (tests/bench/frontend.ts) and any browser profile.
 */
async function withCuratedTypes<R>(signal: AbortSignal, ask: (types: RelationType[]) => Promise<R>, mark: string): Promise<[Vocabulary, R]> {
  const [vocabulary, guessed] = await Promise.all([request(VocabularyQuery, {}, signal, cacheable), ask([...builtCurated])]);
  const curated = curatedOf(vocabulary);
  const same = curated.length === builtCurated.length && curated.every((t) => builtCurated.includes(t));
  const answer = same ? guessed : await ask(curated);
  performance.mark(mark);
  return [vocabulary, answer];
}

/**
 * The whole curated graph without the derived vendor and category links, which would tie
 * everything to a few hubs, with the layouts the page opens on (or those asked for).
 */
export async function loadBaseGraph(signal: AbortSignal, layouts: WantedLayouts = wantedLayouts(), mark = 'techgraph:base-graph-data'): Promise<BaseGraph> {
  const [vocabulary, { graph }] = await withCuratedTypes(
    signal,
    (relationTypes) => request(GraphQuery, { relationTypes, ...layouts }, signal, cacheable),
    mark,
  );
  const data = graphFromApi(graph.nodes, graph.relations);
  return {
    vocabulary,
    graph: data,
    whole: true,
    technologies: data.nodes.filter((n) => n.label === 'Technology').length,
    positions: toPositions(graph.layout),
    overviewPositions: toPositions(graph.overviewLayout),
  };
}

/** The first view alone (the overview's technologies, their relations and layout), for a page that opens on it. */
export async function loadOverview(signal: AbortSignal): Promise<BaseGraph> {
  const [vocabulary, { graph, stats }] = await withCuratedTypes(
    signal,
    (relationTypes) => request(OverviewQuery, { relationTypes }, signal, cacheable),
    'techgraph:base-graph-data',
  );
  return {
    vocabulary,
    graph: graphFromApi(graph.overview.nodes, graph.overview.relations),
    whole: false,
    technologies: stats.technologies,
    positions: null,
    overviewPositions: toPositions(graph.overview.layout),
  };
}

/** The server's layout of the whole curated graph, for "Show everything" after a first view that did not need it. */
export async function loadWholeLayout(vocabulary: Vocabulary, signal: AbortSignal): Promise<Positions | null> {
  const { graph } = await request(GraphLayoutQuery, { relationTypes: curatedOf(vocabulary) }, signal, cacheable);
  return toPositions(graph.layout);
}

import { curatedTypeNames } from '../../../schema/model/vocabulary.ts';
import { type GraphData, graphFromApi } from '../graph/model.ts';
import { request } from './client.ts';
import { type ApiSubgraph, GraphLayoutQuery, GraphQuery, OverviewQuery, type RelationType, type Vocabulary, VocabularyQuery } from './graph-queries.ts';

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

/**
 * Which layout the page opens on asks the server for: the overview's (40 nodes, ready when the
 * server starts) unless the address asks for the whole graph, whose layout then comes instead.
 */
function wantedLayouts(): { withLayout: boolean; withOverview: boolean } {
  const scene = new URLSearchParams(window.location.search).get('scene');
  return { withLayout: scene === 'all', withOverview: scene !== 'all' && scene !== 'empty' };
}

const curatedOf = (vocabulary: Vocabulary): RelationType[] => vocabulary.relationTypes.filter((t) => !t.derived).map((t) => t.type);

/**
 * The vocabulary and `ask`'s answer for the curated relation types. The question goes out with the
 * types this build knows, beside the vocabulary's; only a server on another vocabulary is asked again,
 * with the types it serves. Marks when the data is in, for the bench's navigation breakdown
 * (tests/bench/frontend.ts) and any browser profile.
 */
async function withCuratedTypes<R>(signal: AbortSignal, ask: (types: RelationType[]) => Promise<R>): Promise<[Vocabulary, R]> {
  const [vocabulary, guessed] = await Promise.all([request(VocabularyQuery, {}, signal, cacheable), ask([...builtCurated])]);
  const curated = curatedOf(vocabulary);
  const same = curated.length === builtCurated.length && curated.every((t) => builtCurated.includes(t));
  const answer = same ? guessed : await ask(curated);
  performance.mark('techgraph:base-graph-data');
  return [vocabulary, answer];
}

function wholeGraph(vocabulary: Vocabulary, graph: ApiSubgraph, overviewPositions: Positions | null): BaseGraph {
  const data = graphFromApi(graph.nodes, graph.relations);
  return {
    vocabulary,
    graph: data,
    whole: true,
    technologies: data.nodes.filter((n) => n.label === 'Technology').length,
    positions: toPositions(graph.layout),
    overviewPositions,
  };
}

/**
 * The whole curated graph without the derived vendor and category links, which would tie
 * everything to a few hubs, with the layout the page opens on.
 */
export async function loadBaseGraph(signal: AbortSignal): Promise<BaseGraph> {
  const layouts = wantedLayouts();
  const [vocabulary, { graph }] = await withCuratedTypes(signal, (relationTypes) => request(GraphQuery, { relationTypes, ...layouts }, signal, cacheable));
  return wholeGraph(vocabulary, graph, toPositions(graph.overviewLayout));
}

/** The whole graph after a first view drawn from the overview alone: that view's vocabulary and layout are kept. */
export async function loadWholeGraph(first: BaseGraph, signal: AbortSignal): Promise<BaseGraph> {
  const { graph } = await request(GraphQuery, { relationTypes: curatedOf(first.vocabulary) }, signal, cacheable);
  performance.mark('techgraph:whole-graph-data');
  return wholeGraph(first.vocabulary, graph, first.overviewPositions);
}

/** The first view alone (the overview's technologies, their relations and layout), for a page that opens on it. */
export async function loadOverview(signal: AbortSignal): Promise<BaseGraph> {
  const [vocabulary, { graph, stats }] = await withCuratedTypes(signal, (relationTypes) => request(OverviewQuery, { relationTypes }, signal, cacheable));
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

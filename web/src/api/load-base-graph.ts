import { type GraphData, graphFromApi } from '../graph/model.ts';
import { request } from './client.ts';
import { GraphQuery, type RelationType, type Vocabulary, VocabularyQuery } from './graph-queries.ts';

export interface BaseGraph {
  vocabulary: Vocabulary;
  graph: GraphData;
}

/** The first view: the curated graph without the derived vendor and category links (issue 5, point 1). */
export async function loadBaseGraph(signal: AbortSignal): Promise<BaseGraph> {
  const vocabulary = await request(VocabularyQuery, {}, signal);
  const curated: RelationType[] = vocabulary.relationTypes.filter((t) => !t.derived).map((t) => t.type);
  const { graph } = await request(GraphQuery, { relationTypes: curated }, signal);
  return { vocabulary, graph: graphFromApi(graph.nodes, graph.relations) };
}

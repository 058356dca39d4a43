import { Suspense, useMemo, useState } from 'react';
import { request } from '../api/client.ts';
import { GraphQuery } from '../api/graph-queries.ts';
import type { BaseGraph } from '../api/load-base-graph.ts';
import { useAsync } from '../api/use-async.ts';
import { LazyGraphCanvas as GraphCanvas } from '../canvas/lazy-canvas.ts';
import { lineageChains, lineageElements } from '../graph/lineage.ts';
import { graphFromApi } from '../graph/model.ts';
import { categoryPalette } from '../graph/palette.ts';
import { releasedBy, yearRange } from '../graph/release-year.ts';
import { buildStylesheet } from '../graph/stylesheet.ts';
import { canvasColors, type Theme } from '../graph/theme.ts';
import { EmptyState, ErrorState, LoadingState } from '../panels/StatusStates.tsx';
import { YearSlider } from '../panels/YearSlider.tsx';
import type { UrlStateUpdate } from '../state/use-url-state.ts';

export interface LineageViewProps {
  base: BaseGraph;
  update: (change: UrlStateUpdate) => void;
  theme: Theme;
}

/** UPGRADE_OF chains left to right by release year, laid out by dagre. */
export function LineageView({ base, update, theme }: LineageViewProps) {
  const answer = useAsync('lineage', async (signal) => {
    const { graph } = await request(GraphQuery, { relationTypes: ['UPGRADE_OF'] }, signal);
    return graphFromApi(graph.nodes, graph.relations);
  });
  const data = answer.status === 'success' ? answer.data : null;
  const colors = useMemo(
    () =>
      categoryPalette(
        base.vocabulary.categories.map((c) => c.id),
        theme,
      ),
    [base, theme],
  );
  const elements = useMemo(
    () => (data ? lineageElements(data, { categoryColors: colors, neutralColor: canvasColors[theme].neutral }) : []),
    [data, colors, theme],
  );
  const chains = useMemo(() => (data ? lineageChains(data) : []), [data]);
  const [year, setYear] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const years = useMemo(() => new Map((data?.nodes ?? []).map((n) => [n.id, n.firstRelease])), [data]);
  const range = useMemo(() => yearRange(years.values()), [years]);
  const shown = useMemo(() => (year === null ? elements : releasedBy(elements, years, year)), [elements, years, year]);
  const stylesheet = useMemo(() => buildStylesheet(theme), [theme]);
  const open = (id: string) => update({ view: 'explore', focus: id });

  return (
    <div className="special-view lineage-view">
      <aside className="panel side-list" aria-label="Upgrade chains">
        <h2>Upgrade lineage</h2>
        <p className="hint">Each arrow points from a technology to the one built to replace it; columns follow the years of first release.</p>
        {answer.status === 'loading' && <LoadingState message="Loading upgrade chains…" />}
        {answer.status === 'error' && <ErrorState message={answer.error.message} onRetry={answer.retry} />}
        {data && chains.length === 0 && <EmptyState message="No upgrade relations are recorded yet." />}
        <ol className="chains">
          {chains.map((chain) => (
            <li key={chain[0]!.id}>
              {chain.map((node, i) => (
                <span key={node.id}>
                  {i > 0 && ' → '}
                  <button type="button" className="link" onClick={() => open(node.id)}>
                    {node.name}
                  </button>
                  {node.firstRelease ? <span className="year"> {node.firstRelease}</span> : null}
                </span>
              ))}
            </li>
          ))}
        </ol>
      </aside>
      <section className="canvas-area" aria-label="Lineage graph">
        {range && (
          <div className="canvas-top" data-canvas-overlay="top">
            <YearSlider min={range.min} max={range.max} year={year} playing={playing} onYear={setYear} onPlaying={setPlaying} />
          </div>
        )}
        <Suspense fallback={<LoadingState message="Drawing the lineage…" />}>
          <GraphCanvas elements={shown} stylesheet={stylesheet} layout="lineage" onNodeSelect={open} label={`Upgrade lineage of ${chains.length} families`} />
        </Suspense>
      </section>
    </div>
  );
}

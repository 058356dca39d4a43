import { useMemo } from 'react';
import type { BaseGraph } from '../api/load-base-graph.ts';
import { loadPaths } from '../api/load-paths.ts';
import { useAsync } from '../api/use-async.ts';
import { visibleGraph } from '../graph/compose.ts';
import { toElements } from '../graph/elements.ts';
import { legendEntries, vendorEntries } from '../graph/filters.ts';
import { overviewIds } from '../graph/overview.ts';
import { categoryPalette } from '../graph/palette.ts';
import { pathGraph, pathHighlight } from '../graph/path-view.ts';
import { buildStylesheet } from '../graph/stylesheet.ts';
import { canvasColors, type Theme } from '../graph/theme.ts';
import type { CanvasState } from './canvas-history.ts';
import { omittedCounts } from './canvas-history.ts';
import type { UrlState } from './url-state.ts';

const noNodes: ReadonlySet<string> = new Set();

/** Everything the explore view derives from API data, URL state and canvas history; no React state of its own. */
export function useExploreModel(base: BaseGraph, url: UrlState, canvas: CanvasState, theme: Theme) {
  const { vocabulary, graph } = base;
  const colors = useMemo(
    () =>
      categoryPalette(
        vocabulary.categories.map((c) => c.id),
        theme,
      ),
    [vocabulary, theme],
  );
  const categoryNames = useMemo(() => new Map(vocabulary.categories.map((c) => [c.id, c.name])), [vocabulary]);
  const phrases = useMemo(() => new Map(vocabulary.relationTypes.map((t) => [t.type, t.phrase])), [vocabulary]);

  const pathKey = url.path ? JSON.stringify([url.path, url.pathTypes, url.pathAvoidHubs, url.pathExclude]) : null;
  const pathAnswer = useAsync(pathKey, (signal) =>
    loadPaths(url.path!, { relationTypes: url.pathTypes, avoidHubs: url.pathAvoidHubs, excludeNodes: url.pathExclude }, signal),
  );
  const currentPath = pathAnswer.status === 'success' ? (pathAnswer.data.paths[url.pathIndex] ?? null) : null;
  const highlight = useMemo(() => (currentPath ? pathHighlight(currentPath) : null), [currentPath]);

  const overview = useMemo(() => overviewIds(graph), [graph]);
  const start = url.scene === 'all' ? null : url.scene === 'overview' ? overview : noNodes;
  const visible = useMemo(
    () =>
      visibleGraph({
        base: graph,
        start,
        extra: url.focus ? [url.focus] : [],
        expansions: canvas.expansions.map((e) => e.graph),
        path: currentPath && pathGraph(currentPath),
        filters: url.filters,
        hidden: canvas.hidden,
      }),
    [graph, start, url.focus, canvas, currentPath, url.filters],
  );
  const omitted = useMemo(() => omittedCounts(canvas), [canvas]);
  const elements = useMemo(
    () => toElements(visible, { categoryColors: colors, neutralColor: canvasColors[theme].neutral, omitted, phrases }),
    [visible, colors, theme, omitted, phrases],
  );
  // Edge labels only where the user looks (hover, the focus's relations, the path, the inspected relation): drawn along
  // every edge, they cover the node labels the first view is meant to show.
  const stylesheet = useMemo(() => buildStylesheet(theme, { edgeLabelsOnDemand: true }), [theme]);

  const legend = useMemo(() => legendEntries(visible, categoryNames, colors), [visible, categoryNames, colors]);
  const categoryOptions = useMemo(() => {
    const counts = new Map(legendEntries(graph, categoryNames, colors).map((e) => [e.id, e.count]));
    return vocabulary.categories
      .map((c) => ({ id: c.id, name: c.name, color: colors.get(c.id) ?? '#888888', count: counts.get(c.id) ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [graph, vocabulary, categoryNames, colors]);
  const vendors = useMemo(() => vendorEntries(graph), [graph]);
  const visibleTypes = useMemo(() => {
    const present = new Set(visible.edges.map((e) => e.type));
    return vocabulary.relationTypes.filter((t) => present.has(t.type));
  }, [visible, vocabulary]);

  return { stylesheet, elements, visible, start, phrases, legend, categoryOptions, vendors, visibleTypes, pathAnswer, highlight, omitted };
}

import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { BaseGraph } from '../api/load-base-graph.ts';
import type { GraphCanvasHandle } from '../canvas/GraphCanvas.tsx';
import { LazyGraphCanvas as GraphCanvas } from '../canvas/lazy-canvas.ts';
import { isFiltered, noFilters } from '../graph/filters.ts';
import { releasedBy, yearRange } from '../graph/release-year.ts';
import type { Theme } from '../graph/theme.ts';
import { DetailsPanel } from '../panels/DetailsPanel.tsx';
import { FiltersPanel } from '../panels/FiltersPanel.tsx';
import { Legend } from '../panels/Legend.tsx';
import { PathFinder } from '../panels/PathFinder.tsx';
import { EmptyState, LoadingState } from '../panels/StatusStates.tsx';
import { Toolbar } from '../panels/Toolbar.tsx';
import { YearSlider } from '../panels/YearSlider.tsx';
import { isExpanded } from '../state/canvas-history.ts';
import type { UrlState } from '../state/url-state.ts';
import { useCanvasHistory } from '../state/use-canvas-history.ts';
import { useExploreModel } from '../state/use-explore-model.ts';
import type { UrlStateUpdate } from '../state/use-url-state.ts';

export interface ExploreViewProps {
  base: BaseGraph;
  url: UrlState;
  update: (change: UrlStateUpdate, options?: { replace?: boolean }) => void;
  theme: Theme;
  background: string;
}

const narrow = () => window.matchMedia?.('(max-width: 760px)').matches ?? false;

/** The graph explorer: path finder and filters, the canvas, and the focused node's details. */
export function ExploreView({ base, url, update, theme, background }: ExploreViewProps) {
  const canvas = useRef<GraphCanvasHandle>(null);
  const history = useCanvasHistory();
  const model = useExploreModel(base, url, history.state, theme);
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const [pathStart, setPathStart] = useState<string | null>(null);
  const focus = url.focus;
  const focusName = (id: string | null) => (id && base.graph.nodes.find((n) => n.id === id)?.name) || null;
  const setFocus = (id: string | null) => update({ focus: id });
  const [year, setYear] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const years = useMemo(() => new Map(base.graph.nodes.map((n) => [n.id, n.firstRelease])), [base]);
  const range = useMemo(() => yearRange(years.values()), [years]);
  const elements = useMemo(() => (year === null ? model.elements : releasedBy(model.elements, years, year)), [model.elements, years, year]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key === 'Escape' && focus && !(target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) update({ focus: null });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [focus, update]);

  const empty = model.visible.nodes.length === 0;
  return (
    <div className={`explore${focus ? ' with-details' : ''}`}>
      <aside className={`sidebar panel${sidebarOpen ? ' open' : ''}`} aria-label="Path finder and filters" id="sidebar">
        <button type="button" className="sidebar-close" aria-label="Close paths and filters" onClick={() => setSidebarOpen(false)}>
          ×
        </button>
        <h2 className="sidebar-title">How do they relate?</h2>
        <PathFinder
          query={url.path}
          pathTypes={url.pathTypes}
          pathIndex={url.pathIndex}
          answer={model.pathAnswer}
          relationTypes={base.vocabulary.relationTypes}
          startId={pathStart}
          startName={focusName(pathStart)}
          onSubmit={(path) => update({ path, pathIndex: 0 })}
          onTypes={(pathTypes) => update({ pathTypes, pathIndex: 0 })}
          onIndex={(pathIndex) => update({ pathIndex })}
          onClear={() => update({ path: null, pathTypes: [], pathIndex: 0 })}
          onFocus={setFocus}
        />
        <h2 className="sidebar-title">Filters</h2>
        <FiltersPanel
          categories={model.categoryOptions}
          relationTypes={base.vocabulary.relationTypes}
          vendors={model.vendors}
          filters={url.filters}
          onChange={(filters) => update({ filters })}
        />
      </aside>
      <section className="canvas-area" aria-label="Graph">
        <div className="canvas-top">
          <button type="button" className="sidebar-toggle" aria-expanded={sidebarOpen} aria-controls="sidebar" onClick={() => setSidebarOpen((open) => !open)}>
            {sidebarOpen ? 'Close panel' : 'Paths & filters'}
          </button>
          <Toolbar
            canvas={canvas}
            layout={url.layout}
            onLayout={(layout) => update({ layout })}
            canUndo={history.canUndo}
            canRedo={history.canRedo}
            onUndo={history.undo}
            onRedo={history.redo}
            hiddenCount={history.state.hidden.length}
            onShowHidden={() => history.apply({ type: 'show-hidden' })}
            background={background}
          />
          {range && <YearSlider min={range.min} max={range.max} year={year} playing={playing} onYear={setYear} onPlaying={setPlaying} />}
        </div>
        <Suspense fallback={<LoadingState message="Drawing the graph…" />}>
          <GraphCanvas
            ref={canvas}
            elements={elements}
            stylesheet={model.stylesheet}
            layout={url.layout}
            positions={base.positions}
            focusId={focus}
            highlight={model.highlight}
            onNodeSelect={setFocus}
            label={`Graph of ${model.visible.nodes.length} nodes and ${model.visible.edges.length} relations`}
          />
        </Suspense>
        {empty && (
          <EmptyState
            message="Nothing to show: the filters hide every technology."
            action={isFiltered(url.filters) ? 'Reset filters' : undefined}
            onAction={() => update({ filters: noFilters })}
          />
        )}
        {/* Folded while a path is shown, so it never covers the path; the user can unfold it. */}
        <Legend key={url.path ? 'path' : 'graph'} categories={model.legend} relationTypes={model.visibleTypes} defaultOpen={!narrow() && !url.path} />
        <p className="canvas-status" aria-live="polite">
          {model.visible.nodes.length} nodes · {model.visible.edges.length} relations
        </p>
      </section>
      {focus && (
        <DetailsPanel
          key={focus}
          id={focus}
          relationTypes={base.vocabulary.relationTypes}
          expanded={isExpanded(history.state, focus)}
          expandBusy={history.expanding === focus}
          expandError={history.expandError?.nodeId === focus ? history.expandError.message : null}
          omitted={model.omitted.get(focus) ?? 0}
          onCanvas={model.visible.nodes.some((n) => n.id === focus)}
          onFocus={setFocus}
          onClose={() => setFocus(null)}
          onExpand={(request) => void history.expand(focus, request)}
          onCollapse={() => history.apply({ type: 'collapse', nodeId: focus })}
          onHide={() => {
            history.apply({ type: 'hide', nodeId: focus });
            setFocus(null);
          }}
          onPathFrom={(id) => {
            setPathStart(id);
            setSidebarOpen(true);
          }}
          onCompare={(id) => update({ view: 'compare', compare: [id, null] })}
          onEquivalents={(id) => update({ view: 'equivalents', service: id })}
          onAlternatives={(id) => update((s) => ({ ...s, view: 'alternatives', alternatives: { ...s.alternatives, to: id } }))}
          onAddToStack={(id) => update((s) => ({ ...s, view: 'stack', stack: s.stack.includes(id) ? s.stack : [...s.stack, id].slice(0, 20) }))}
        />
      )}
    </div>
  );
}

import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type BaseGraph, loadWholeLayout } from '../api/load-base-graph.ts';
import { useAsync } from '../api/use-async.ts';
import type { CanvasPoint, CanvasTarget } from '../canvas/events.ts';
import type { GraphCanvasHandle } from '../canvas/GraphCanvas.tsx';
import { LazyGraphCanvas as GraphCanvas } from '../canvas/lazy-canvas.ts';
import { isFiltered, noFilters } from '../graph/filters.ts';
import { releasedBy, yearRange } from '../graph/release-year.ts';
import type { Theme } from '../graph/theme.ts';
import { CanvasTooltip } from '../panels/CanvasTooltip.tsx';
import { ContextMenu } from '../panels/ContextMenu.tsx';
import { DetailsPanel } from '../panels/DetailsPanel.tsx';
import { Legend } from '../panels/Legend.tsx';
import { type InspectedRelation, RelationInspector } from '../panels/RelationInspector.tsx';
import { SceneBar } from '../panels/SceneBar.tsx';
import { SceneNodeList } from '../panels/SceneNodeList.tsx';
import { EmptyState, LoadingState } from '../panels/StatusStates.tsx';
import { Toolbar } from '../panels/Toolbar.tsx';
import { YearSlider } from '../panels/YearSlider.tsx';
import { isExpanded } from '../state/canvas-history.ts';
import type { UrlState } from '../state/url-state.ts';
import { useExploreModel } from '../state/use-explore-model.ts';
import type { UrlStateUpdate } from '../state/use-url-state.ts';
import { ExploreSidebar } from './ExploreSidebar.tsx';
import { backgroundMenu, menuTypes, nodeMenu, tooltipFor } from './scene-menus.ts';
import { useScene } from './use-scene.ts';

export interface ExploreViewProps {
  base: BaseGraph;
  url: UrlState;
  update: (change: UrlStateUpdate, options?: { replace?: boolean }) => void;
  theme: Theme;
  background: string;
}

type Menu = { target: CanvasTarget; at: CanvasPoint } | null;

/** The graph explorer: a scene that starts small and grows, its panels, menus and tooltips. */
export function ExploreView({ base, url, update, theme, background }: ExploreViewProps) {
  const canvas = useRef<GraphCanvasHandle>(null);
  const area = useRef<HTMLElement>(null);
  const modelRef = useRef<ReturnType<typeof useExploreModel> | null>(null);
  const inScene = (id: string) => {
    const model = modelRef.current;
    if (!model) return true;
    return (
      (model.start ? model.start.has(id) : base.graph.nodes.some((n) => n.id === id)) || model.visible.nodes.some((n) => n.id === id && n.id !== url.focus)
    );
  };
  const { history, everything } = useScene(base, url, update, inScene);
  const model = useExploreModel(base, url, history.state, theme);
  modelRef.current = model;
  const [sidebarOpen, setSidebarOpen] = useState(false);
  // On a phone the toolbar and the year slider fold behind one button, so the canvas keeps its room.
  const [toolsOpen, setToolsOpen] = useState(false);
  const [pathStart, setPathStart] = useState<string | null>(null);
  const [inspected, setInspected] = useState<InspectedRelation | null>(null);
  const [menu, setMenu] = useState<Menu>(null);
  const [hover, setHover] = useState<{ target: CanvasTarget; at: CanvasPoint } | null>(null);
  const focus = url.focus;
  const setFocus = useCallback((id: string | null) => update({ focus: id }), [update]);
  const name = (id: string) => model.visible.nodes.find((n) => n.id === id)?.name ?? base.graph.nodes.find((n) => n.id === id)?.name ?? id;
  // Where keyboard focus goes when the thing it was on goes away (a hidden node's panel, a closed menu).
  const restoreFocus = useCallback(() => area.current?.querySelector<HTMLElement>('.scene-list summary, .toolbar button')?.focus(), []);
  const [year, setYear] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const years = useMemo(() => new Map(base.graph.nodes.map((n) => [n.id, n.firstRelease])), [base]);
  const range = useMemo(() => yearRange(years.values()), [years]);
  const elements = useMemo(() => (year === null ? model.elements : releasedBy(model.elements, years, year)), [model.elements, years, year]);
  // The whole graph's layout, fetched once the first view is up, so "Show everything" draws without laying out in the browser.
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(true), 1500);
    return () => clearTimeout(timer);
  }, []);
  const whole = useAsync(!base.positions && (settled || url.scene === 'all') ? 'whole-layout' : null, (signal) => loadWholeLayout(base.vocabulary, signal));
  const wholePositions = base.positions ?? (whole.status === 'success' ? whole.data : null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== 'Escape' || (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      // A panel that held keyboard focus hands it back as it closes (useFocusReturn).
      if (inspected) setInspected(null);
      else if (focus) update({ focus: null });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [focus, inspected, update]);

  const inspectEdge = (id: string) => {
    const edge = model.visible.edges.find((e) => e.id === id);
    if (!edge) return;
    setInspected({
      id,
      type: edge.type,
      from: { id: edge.source, name: name(edge.source) },
      to: { id: edge.target, name: name(edge.target) },
      note: edge.note,
      source: edge.citation,
    });
  };
  const hide = (id: string) => {
    history.apply({ type: 'hide', nodeId: id });
    if (focus === id) setFocus(null);
    restoreFocus();
  };
  const pathFrom = (id: string) => {
    setPathStart(id);
    setSidebarOpen(true);
  };
  const setPin = (id: string, at: CanvasPoint | null) =>
    update((state) => ({ ...state, pins: [...state.pins.filter((p) => p.id !== id), ...(at ? [{ id, x: Math.round(at.x), y: Math.round(at.y) }] : [])] }), {
      replace: true,
    });

  const menuSections = () => {
    if (!menu) return [];
    if (menu.target.kind === 'node') {
      const id = menu.target.id;
      const pinned = url.pins.some((p) => p.id === id);
      return nodeMenu(name(id), menuTypes(id, model.visible, base.vocabulary.relationTypes), {
        details: () => setFocus(id),
        expand: (types) => void history.expand(id, types ? { depth: 1, relationTypes: types } : everything),
        hide: () => hide(id),
        pin: pinned ? null : () => setPin(id, window.cy?.getElementById(id).position() ?? null),
        unpin: pinned ? () => setPin(id, null) : null,
        pathFrom: () => pathFrom(id),
        compare: () => update({ view: 'compare', compare: [id, null] }),
      });
    }
    return backgroundMenu({
      fit: () => canvas.current?.fit(),
      layout: url.layout,
      setLayout: (layout) => update({ layout }),
      start: url.scene,
      setStart: (scene) => update({ scene }),
      clear: () => {
        history.apply({ type: 'reset' });
        update({ scene: 'empty', focus: null, pins: [], path: null });
      },
    });
  };

  const empty = model.visible.nodes.length === 0;
  const tooltip = hover && !menu ? tooltipFor(hover.target, model.visible, model.phrases) : null;
  const side = inspected ? 'relation' : focus ? 'details' : null;
  return (
    <div className={`explore${side ? ' with-details' : ''}`}>
      <section ref={area} className="canvas-area" aria-label="Graph" id="scene" tabIndex={-1}>
        <div className={`canvas-top${toolsOpen ? ' tools-open' : ''}`} data-canvas-overlay="top">
          <button type="button" className="sidebar-toggle" aria-expanded={sidebarOpen} aria-controls="sidebar" onClick={() => setSidebarOpen((open) => !open)}>
            {sidebarOpen ? 'Close panel' : 'Paths & filters'}
          </button>
          <button
            type="button"
            className="tools-toggle"
            aria-expanded={toolsOpen}
            aria-controls={range ? 'canvas-toolbar year-slider' : 'canvas-toolbar'}
            onClick={() => setToolsOpen((open) => !open)}
          >
            {toolsOpen ? 'Hide tools' : 'Tools'}
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
          <SceneNodeList scene={model.visible} focusId={focus} onChoose={setFocus} />
          {range && <YearSlider min={range.min} max={range.max} year={year} playing={playing} onYear={setYear} onPlaying={setPlaying} />}
        </div>
        <Suspense fallback={<LoadingState message="Drawing the graph…" />}>
          <GraphCanvas
            ref={canvas}
            elements={elements}
            stylesheet={model.stylesheet}
            layout={url.layout}
            positions={url.scene === 'all' ? wholePositions : url.scene === 'overview' ? base.overviewPositions : null}
            focusId={focus}
            highlight={model.highlight}
            inspectedEdgeId={inspected?.id ?? null}
            pins={url.pins}
            onNodeSelect={(id) => {
              setInspected(null);
              setFocus(id);
            }}
            onEdgeSelect={inspectEdge}
            onNodeExpand={(id) => void history.expand(id, everything)}
            onContextMenu={(target, at) => setMenu(target.kind === 'edge' ? null : { target, at })}
            onHover={(target, at) => setHover(target ? { target, at } : null)}
            onNodeMoved={(id, at) => url.pins.some((p) => p.id === id) && setPin(id, at)}
            label={`Graph of ${model.visible.nodes.length} nodes and ${model.visible.edges.length} relations`}
          />
        </Suspense>
        {empty && (
          <EmptyState
            message={isFiltered(url.filters) ? 'Nothing to show: the filters hide every technology.' : 'The scene is empty: search for a technology to start.'}
            action={isFiltered(url.filters) ? 'Reset filters' : 'Show the overview'}
            onAction={() => (isFiltered(url.filters) ? update({ filters: noFilters }) : update({ scene: 'overview' }))}
          />
        )}
        {tooltip && hover && <CanvasTooltip content={tooltip} at={hover.at} />}
        {menu && (
          <ContextMenu
            label={menu.target.kind === 'node' ? `Actions for ${name(menu.target.id)}` : 'Scene actions'}
            sections={menuSections()}
            at={menu.at}
            bounds={{ width: area.current?.clientWidth ?? 800, height: area.current?.clientHeight ?? 600 }}
            onClose={() => setMenu(null)}
          />
        )}
        <Legend key={url.path ? 'path' : 'graph'} categories={model.legend} relationTypes={model.visibleTypes} defaultOpen={false} />
        <SceneBar
          start={url.scene}
          nodes={model.visible.nodes.length}
          relations={model.visible.edges.length}
          total={base.technologies}
          onStart={(scene) => update({ scene })}
        />
      </section>
      <ExploreSidebar base={base} url={url} update={update} model={model} open={sidebarOpen} onOpen={setSidebarOpen} pathStart={pathStart} name={name} />
      {inspected && (
        <RelationInspector
          relation={inspected}
          relationTypes={base.vocabulary.relationTypes}
          onFocus={(id) => {
            setInspected(null);
            setFocus(id);
          }}
          onClose={() => setInspected(null)}
          onFocusLost={restoreFocus}
        />
      )}
      {focus && !inspected && (
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
          onFocusLost={restoreFocus}
          onExpand={(request) => void history.expand(focus, request)}
          onCollapse={() => history.apply({ type: 'collapse', nodeId: focus })}
          onHide={() => hide(focus)}
          onInspect={setInspected}
          onPathFrom={pathFrom}
          onCompare={(id) => update({ view: 'compare', compare: [id, null] })}
          onEquivalents={(id) => update({ view: 'equivalents', service: id })}
          onAlternatives={(id) => update((s) => ({ ...s, view: 'alternatives', alternatives: { ...s.alternatives, to: id } }))}
          onAddToStack={(id) => update((s) => ({ ...s, view: 'stack', stack: s.stack.includes(id) ? s.stack : [...s.stack, id].slice(0, 20) }))}
        />
      )}
    </div>
  );
}

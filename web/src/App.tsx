import { lazy, Suspense } from 'react';
import { useBaseGraph } from './first-view.ts';
import { canvasColors } from './graph/theme.ts';
import { AppHeader } from './panels/AppHeader.tsx';
import { ErrorState, LoadingState, PartialGraphNotice } from './panels/StatusStates.tsx';
import { useTheme } from './state/use-theme.ts';
import { useUrlState } from './state/use-url-state.ts';
import { ExploreView } from './views/ExploreView.tsx';
import { ViewBoundary } from './views/ViewBoundary.tsx';

// The special views load on demand to keep the first download small.
const LineageView = lazy(() => import('./views/LineageView.tsx').then((m) => ({ default: m.LineageView })));
const EquivalentsView = lazy(() => import('./views/EquivalentsView.tsx').then((m) => ({ default: m.EquivalentsView })));
const CompareView = lazy(() => import('./views/CompareView.tsx').then((m) => ({ default: m.CompareView })));
const StackView = lazy(() => import('./views/StackView.tsx').then((m) => ({ default: m.StackView })));
const AlternativesView = lazy(() => import('./views/AlternativesView.tsx').then((m) => ({ default: m.AlternativesView })));

/** Lays out the header and the current view; state lives in hooks, behaviour in panels and views. */
export function App() {
  const [url, update] = useUrlState();
  const theme = useTheme();
  const { base, rest } = useBaseGraph(url.view);
  // The explorer draws the overview alone while the whole graph loads; the other views need it all.
  const ready = base.status === 'success' && (url.view === 'explore' || base.data.whole);
  const background = canvasColors[theme].background;
  return (
    <div className="app">
      <AppHeader url={url} update={update} />
      <main className="app-main" id="main" tabIndex={-1} data-graph={base.status === 'success' ? (base.data.whole ? 'whole' : 'overview') : undefined}>
        {(base.status === 'loading' || (base.status === 'success' && !ready)) && <LoadingState message="Loading the graph…" />}
        {base.status === 'error' && <ErrorState title="The graph could not be loaded" message={base.error.message} onRetry={base.retry} />}
        {rest && <PartialGraphNotice message={rest.message} onRetry={rest.retry} />}
        {base.status === 'success' && ready && (
          <ViewBoundary resetKey={url.view}>
            <Suspense fallback={<LoadingState message="Loading the view…" />}>
              {url.view === 'explore' && <ExploreView base={base.data} url={url} update={update} theme={theme} background={background} />}
              {url.view === 'lineage' && <LineageView base={base.data} update={update} theme={theme} />}
              {url.view === 'equivalents' && <EquivalentsView base={base.data} url={url} update={update} />}
              {url.view === 'compare' && <CompareView base={base.data} url={url} update={update} />}
              {url.view === 'stack' && <StackView base={base.data} url={url} update={update} theme={theme} />}
              {url.view === 'alternatives' && <AlternativesView base={base.data} url={url} update={update} />}
            </Suspense>
          </ViewBoundary>
        )}
      </main>
    </div>
  );
}

import { Suspense, useMemo } from 'react';
import { request } from '../api/client.ts';
import type { BaseGraph } from '../api/load-base-graph.ts';
import { StackQuery, TranslateStackQuery } from '../api/stack-queries.ts';
import { useAsync } from '../api/use-async.ts';
import { LazyGraphCanvas as GraphCanvas } from '../canvas/lazy-canvas.ts';
import { categoryPalette } from '../graph/palette.ts';
import { stackElements, stackStyles } from '../graph/stack-elements.ts';
import { buildStylesheet } from '../graph/stylesheet.ts';
import { canvasColors, type Theme } from '../graph/theme.ts';
import { SearchBox } from '../panels/SearchBox.tsx';
import { EmptyState, ErrorState, LoadingState } from '../panels/StatusStates.tsx';
import type { UrlState } from '../state/url-state.ts';
import type { UrlStateUpdate } from '../state/use-url-state.ts';
import '../styles/stack.css';

export interface StackViewProps {
  base: BaseGraph;
  url: UrlState;
  update: (change: UrlStateUpdate) => void;
  theme: Theme;
}

const clouds = [
  { id: null, label: 'As it is' },
  { id: 'aws', label: 'on AWS' },
  { id: 'google-cloud', label: 'on Google Cloud' },
  { id: 'microsoft-azure', label: 'on Azure' },
] as const;

/** A set of technologies: how they connect, what overlaps, what stands alone, and the same stack on another cloud. */
export function StackView({ base, url, update, theme }: StackViewProps) {
  const ids = url.stack;
  const names = useMemo(() => new Map(base.graph.nodes.map((n) => [n.id, n.name])), [base]);
  const key = ids.join(',');
  const stack = useAsync(ids.length >= 2 ? `stack:${key}` : null, (signal) => request(StackQuery, { ids }, signal));
  const translation = useAsync(ids.length >= 1 && url.cloud ? `translate:${url.cloud}:${key}` : null, (signal) =>
    request(TranslateStackQuery, { ids, to: url.cloud! }, signal),
  );
  const colors = useMemo(
    () =>
      categoryPalette(
        base.vocabulary.categories.map((c) => c.id),
        theme,
      ),
    [base, theme],
  );
  const answer = stack.status === 'success' ? stack.data.stack : null;
  const elements = useMemo(
    () => (answer ? stackElements(answer, base.graph, { categoryColors: colors, neutralColor: canvasColors[theme].neutral }) : []),
    [answer, base, colors, theme],
  );
  const stylesheet = useMemo(() => [...buildStylesheet(theme), ...stackStyles], [theme]);
  const add = (id: string) => update((s) => ({ ...s, stack: s.stack.includes(id) || s.stack.length >= 20 ? s.stack : [...s.stack, id] }));
  const remove = (id: string) => update((s) => ({ ...s, stack: s.stack.filter((m) => m !== id) }));

  return (
    <div className="special-view stack-view">
      <aside className="panel side-list" aria-label="Stack members">
        <h2>Stack</h2>
        <p className="hint">Add 2 to 20 technologies; pick them here or with "Add to stack" in the explorer's details panel.</p>
        <SearchBox label="Add a technology" placeholder="Add, e.g. Kafka" onChoose={(hit) => add(hit.id)} />
        <ul className="stack-members">
          {ids.map((id) => (
            <li key={id}>
              <span>{names.get(id) ?? id}</span>
              <button type="button" className="small" aria-label={`Remove ${names.get(id) ?? id}`} onClick={() => remove(id)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        <fieldset className="cloud-switch">
          <legend>Show the stack</legend>
          {clouds.map((cloud) => (
            <label key={cloud.label}>
              <input type="radio" name="stack-cloud" checked={url.cloud === cloud.id} onChange={() => update({ cloud: cloud.id })} />
              {cloud.label}
            </label>
          ))}
        </fieldset>
      </aside>
      <section className="stack-main" aria-label="Stack analysis">
        {ids.length < 2 && <EmptyState message="Add at least two technologies to see how they fit together." />}
        {stack.status === 'loading' && <LoadingState message="Connecting the stack…" />}
        {stack.status === 'error' && <ErrorState message={stack.error.message} onRetry={stack.retry} />}
        {answer && (
          <>
            <section aria-label="Summary">
              <p className="stack-summary">{answer.summary}</p>
            </section>
            <div className={`stack-panes${url.cloud ? ' with-translation' : ''}`}>
              <div className="canvas-area stack-canvas">
                <Suspense fallback={<LoadingState message="Drawing the stack…" />}>
                  <GraphCanvas
                    elements={elements}
                    stylesheet={stylesheet}
                    layout="force"
                    fitOnResize
                    onNodeSelect={(id) => update({ view: 'explore', focus: id })}
                    label={`Stack of ${answer.members.length} technologies with ${answer.connectors.length} connectors`}
                  />
                </Suspense>
              </div>
              {url.cloud && (
                <section className="stack-translation" aria-label="Translated stack">
                  <h3>{clouds.find((c) => c.id === url.cloud)?.label ?? url.cloud}</h3>
                  {translation.status === 'loading' && <LoadingState message="Translating…" />}
                  {translation.status === 'error' && <ErrorState message={translation.error.message} onRetry={translation.retry} />}
                  {translation.status === 'success' && (
                    <ol>
                      {translation.data.translateStack.map((t) => (
                        <li key={t.from.id} className={t.to ? 'translated' : 'untranslated'}>
                          <strong>{t.from.name}</strong> → <strong>{t.to?.name ?? 'nothing recorded'}</strong>
                          <p className="muted">{t.reason}</p>
                        </li>
                      ))}
                    </ol>
                  )}
                </section>
              )}
            </div>
            <div className="stack-findings">
              {answer.overlaps.length > 0 && (
                <section aria-label="Overlaps">
                  <h3>Overlaps</h3>
                  <ul>
                    {answer.overlaps.map((o) => (
                      <li key={`${o.a.id}|${o.b.id}`}>{o.reason}</li>
                    ))}
                  </ul>
                </section>
              )}
              {answer.isolated.length > 0 && (
                <section aria-label="Isolated members">
                  <h3>Isolated</h3>
                  <p>{answer.isolated.map((m) => m.name).join(', ')}: no path to the rest within 3 relations.</p>
                </section>
              )}
            </div>
          </>
        )}
      </section>
    </div>
  );
}

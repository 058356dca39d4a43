import { request } from '../api/client.ts';
import type { BaseGraph } from '../api/load-base-graph.ts';
import { AlternativesQuery } from '../api/stack-queries.ts';
import { useAsync } from '../api/use-async.ts';
import { SearchBox } from '../panels/SearchBox.tsx';
import { StatusBadge } from '../panels/StatusBadge.tsx';
import { EmptyState, ErrorState, LoadingState } from '../panels/StatusStates.tsx';
import type { AlternativesAsk, UrlState } from '../state/url-state.ts';
import type { UrlStateUpdate } from '../state/use-url-state.ts';
import '../styles/stack.css';

export interface AlternativesViewProps {
  base: BaseGraph;
  url: UrlState;
  update: (change: UrlStateUpdate) => void;
}

/** A technology and constraints in, ranked alternatives out, each card saying why it qualifies. */
export function AlternativesView({ base, url, update }: AlternativesViewProps) {
  const ask = url.alternatives;
  const name = (id: string | null) => (id ? (base.graph.nodes.find((n) => n.id === id)?.name ?? id) : '');
  const change = (patch: Partial<AlternativesAsk>) => update((s) => ({ ...s, alternatives: { ...s.alternatives, ...patch } }));
  const key = JSON.stringify(ask);
  const answer = useAsync(ask.to ? `alternatives:${key}` : null, (signal) =>
    request(
      AlternativesQuery,
      { to: ask.to!, runsOn: ask.runsOn, openSource: ask.openSource, category: ask.category, vendor: ask.vendor, activeOnly: ask.activeOnly, first: 20 },
      signal,
    ),
  );

  return (
    <div className="special-view alternatives-view">
      <aside className="panel side-list" aria-label="What to replace">
        <h2>Alternatives</h2>
        <span className="field-label">Replace</span>
        <SearchBox label="Technology to replace" placeholder="Replace, e.g. Airflow" value={name(ask.to)} onChoose={(hit) => change({ to: hit.id })} />
        <span className="field-label">Runs on</span>
        <SearchBox label="Runs on" placeholder="Runs on, e.g. Kubernetes" value={name(ask.runsOn)} onChoose={(hit) => change({ runsOn: hit.id })} />
        {ask.runsOn && (
          <button type="button" className="small" onClick={() => change({ runsOn: null })}>
            Any platform
          </button>
        )}
        <label>
          Licence
          <select
            value={ask.openSource === null ? 'any' : ask.openSource ? 'yes' : 'no'}
            onChange={(e) => change({ openSource: e.target.value === 'any' ? null : e.target.value === 'yes' })}
          >
            <option value="any">Any licence</option>
            <option value="yes">Open source only</option>
            <option value="no">Proprietary only</option>
          </select>
        </label>
        <label>
          Category
          <select value={ask.category ?? ''} onChange={(e) => change({ category: e.target.value || null })}>
            <option value="">Any category</option>
            {base.vocabulary.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Vendor
          <select value={ask.vendor ?? ''} onChange={(e) => change({ vendor: e.target.value || null })}>
            <option value="">Any vendor</option>
            {base.vocabulary.vendors.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={ask.activeOnly} onChange={(e) => change({ activeOnly: e.target.checked })} />
          Active only (leave out deprecated and retired)
        </label>
      </aside>
      <section className="alternatives-main" aria-label="Ranked alternatives">
        {!ask.to && <EmptyState message="Pick a technology to replace, then narrow with the constraints." />}
        {answer.status === 'loading' && <LoadingState message="Ranking alternatives…" />}
        {answer.status === 'error' && <ErrorState message={answer.error.message} onRetry={answer.retry} />}
        {answer.status === 'success' && answer.data.alternatives.length === 0 && (
          <EmptyState message={`Nothing recorded replaces ${name(ask.to)} under these constraints; loosen one of them.`} />
        )}
        {answer.status === 'success' && answer.data.alternatives.length > 0 && (
          <>
            <h2>
              Alternatives to {name(ask.to)} <span className="muted">best first</span>
            </h2>
            <ol className="alternative-cards">
              {answer.data.alternatives.map((a, i) => (
                <li key={a.technology.id} className="alternative-card">
                  <h3>
                    <span className="rank">{i + 1}</span>{' '}
                    <button type="button" className="link" onClick={() => update({ view: 'explore', focus: a.technology.id })}>
                      {a.technology.name}
                    </button>
                    <StatusBadge status={a.technology.status} since={a.technology.statusSince} />
                  </h3>
                  <p className="reason">{a.reason}</p>
                  <p className="muted">{[a.technology.vendor?.name, a.technology.license, a.technology.firstRelease].filter(Boolean).join(' · ')}</p>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </div>
  );
}

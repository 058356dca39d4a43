import { useMemo } from 'react';
import { request } from '../api/client.ts';
import { EquivalentsQuery } from '../api/equivalents-query.ts';
import type { BaseGraph } from '../api/load-base-graph.ts';
import { useAsync } from '../api/use-async.ts';
import { cloudColumns, clouds } from '../graph/equivalents.ts';
import { SearchBox } from '../panels/SearchBox.tsx';
import { EmptyState, ErrorState, LoadingState } from '../panels/StatusStates.tsx';
import type { UrlState } from '../state/url-state.ts';
import type { UrlStateUpdate } from '../state/use-url-state.ts';

export interface EquivalentsViewProps {
  base: BaseGraph;
  url: UrlState;
  update: (change: UrlStateUpdate) => void;
}

const defaultService = 'aws-lambda';

/** A cloud service next to its AWS, Google Cloud and Azure equivalents. */
export function EquivalentsView({ base, url, update }: EquivalentsViewProps) {
  const service = url.service ?? defaultService;
  const answer = useAsync(`equivalents:${service}`, (signal) => request(EquivalentsQuery, { id: service }, signal));
  const byCloud = useMemo(
    () =>
      clouds.map((cloud) => ({
        ...cloud,
        services: base.graph.nodes.filter((n) => n.vendor?.id === cloud.id).sort((a, b) => a.name.localeCompare(b.name)),
      })),
    [base],
  );
  const chosen = answer.status === 'success' ? answer.data.technology : null;
  const columns = chosen && answer.status === 'success' ? cloudColumns(chosen, answer.data.equivalents) : [];

  return (
    <div className="special-view equivalents-view">
      <aside className="panel side-list" aria-label="Cloud services">
        <h2>Cloud equivalents</h2>
        <SearchBox label="Find a service" placeholder="Any service, e.g. BigQuery" onChoose={(hit) => update({ service: hit.id })} />
        {byCloud.map((cloud) => (
          <details key={cloud.id} open={cloud.services.some((s) => s.id === service)}>
            <summary>
              {cloud.name} ({cloud.services.length})
            </summary>
            <ul className="service-list">
              {cloud.services.map((s) => (
                <li key={s.id}>
                  <button type="button" className="link" aria-current={s.id === service ? 'true' : undefined} onClick={() => update({ service: s.id })}>
                    {s.name}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </aside>
      <section className="equivalents-main" aria-label="Equivalents">
        {answer.status === 'loading' && <LoadingState message="Looking for equivalents…" />}
        {answer.status === 'error' && <ErrorState message={answer.error.message} onRetry={answer.retry} />}
        {answer.status === 'success' && !chosen && <EmptyState message={`No technology is known as “${service}”; pick a service from the list.`} />}
        {chosen && (
          <>
            <h2>
              {chosen.name} <span className="muted">and what does the same job</span>
            </h2>
            {answer.status === 'success' && answer.data.equivalents.length === 0 && (
              <EmptyState message={`No equivalent of ${chosen.name} is recorded at another cloud; pick another service.`} />
            )}
            <div className="cloud-columns">
              {columns.map((column) => (
                <section key={column.id} className={`cloud-column cloud-${column.id}`} aria-label={column.name}>
                  <h3>{column.name}</h3>
                  {column.services.length === 0 && <p className="muted">No equivalent recorded.</p>}
                  {column.services.map((s) => (
                    <article key={s.id} className={`service-card${s.id === chosen.id ? ' chosen' : ''}`}>
                      <h4>
                        <button type="button" className="link" onClick={() => update({ view: 'explore', focus: s.id })}>
                          {s.name}
                        </button>
                      </h4>
                      <p>{s.description}</p>
                      {s.id !== chosen.id && (
                        <button type="button" className="small" onClick={() => update({ view: 'compare', compare: [chosen.id, s.id] })}>
                          Compare with {chosen.name}
                        </button>
                      )}
                    </article>
                  ))}
                </section>
              ))}
            </div>
          </>
        )}
      </section>
    </div>
  );
}

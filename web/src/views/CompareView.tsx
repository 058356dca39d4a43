import { request } from '../api/client.ts';
import { EntityQuery } from '../api/entity-query.ts';
import type { BaseGraph } from '../api/load-base-graph.ts';
import { useAsync } from '../api/use-async.ts';
import { type ComparedRelation, compareRelations } from '../graph/compare.ts';
import { humanType } from '../graph/relation-styles.ts';
import { SearchBox } from '../panels/SearchBox.tsx';
import { EmptyState, ErrorState, LoadingState } from '../panels/StatusStates.tsx';
import type { UrlState } from '../state/url-state.ts';
import type { UrlStateUpdate } from '../state/use-url-state.ts';

export interface CompareViewProps {
  base: BaseGraph;
  url: UrlState;
  update: (change: UrlStateUpdate) => void;
}

function useEntity(id: string | null) {
  return useAsync(id ? `entity:${id}` : null, (signal) => request(EntityQuery, { id: id! }, signal));
}

/** Two technologies side by side: their facts, shared relations and the ones each has alone. */
export function CompareView({ base, url, update }: CompareViewProps) {
  const [aId, bId] = url.compare;
  const a = useEntity(aId);
  const b = useEntity(bId);
  const phrase = new Map(base.vocabulary.relationTypes.map((t) => [t.type, t]));
  const read = (r: ComparedRelation) => (r.outgoing ? phrase.get(r.type)?.phrase : phrase.get(r.type)?.inverse) ?? humanType(r.type);
  const left = a.status === 'success' ? a.data.entity : null;
  const right = b.status === 'success' ? b.data.entity : null;
  const comparison = left && right ? compareRelations(left, right) : null;
  const open = (id: string) => update({ view: 'explore', focus: id });

  // The shared column reads without a subject ("runs on YARN"): "Both runs on" would not be English.
  const list = (title: string, items: ComparedRelation[], who: string | null) => (
    <section className="compare-column" aria-label={title}>
      <h3>
        {title} <span className="count">{items.length}</span>
      </h3>
      <ul>
        {items.map((r) => (
          <li key={r.key}>
            {who && `${who} `}
            {read(r)}{' '}
            <button type="button" className="link" onClick={() => open(r.other.id)}>
              {r.other.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );

  const facts = (entity: typeof left) =>
    entity?.__typename === 'Technology'
      ? [
          entity.kind,
          entity.vendor?.name ?? 'no vendor',
          entity.categories.map((c) => c.name).join(', '),
          entity.firstRelease ?? 'unknown',
          entity.license ?? 'unknown',
        ]
      : entity
        ? [entity.kind, '—', '—', '—', '—']
        : [];
  const rows = ['Kind', 'Vendor', 'Categories', 'First release', 'License'];

  return (
    <div className="special-view compare-view">
      <div className="compare-pickers">
        <SearchBox
          label="First technology"
          placeholder="First, e.g. Spark"
          value={left?.name ?? aId ?? ''}
          onChoose={(hit) => update({ compare: [hit.id, bId] })}
        />
        <span aria-hidden="true">vs</span>
        <SearchBox
          label="Second technology"
          placeholder="Second, e.g. Flink"
          value={right?.name ?? bId ?? ''}
          onChoose={(hit) => update({ compare: [aId, hit.id] })}
        />
      </div>
      {(!aId || !bId) && <EmptyState message="Choose two technologies to compare their facts and relations." />}
      {(a.status === 'loading' || b.status === 'loading') && <LoadingState message="Loading both technologies…" />}
      {a.status === 'error' && <ErrorState message={a.error.message} onRetry={a.retry} />}
      {b.status === 'error' && <ErrorState message={b.error.message} onRetry={b.retry} />}
      {left && right && comparison && (
        <>
          <table className="compare-facts">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">
                  <button type="button" className="link" onClick={() => open(left.id)}>
                    {left.name}
                  </button>
                </th>
                <th scope="col">
                  <button type="button" className="link" onClick={() => open(right.id)}>
                    {right.name}
                  </button>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row}>
                  <th scope="row">{row}</th>
                  <td>{facts(left)[i]}</td>
                  <td>{facts(right)[i]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {comparison.between.length > 0 && (
            <p className="between">
              {comparison.between.map((r) => `${r.from.name} ${phrase.get(r.type)?.phrase ?? humanType(r.type)} ${r.to.name}`).join('; ')}.
            </p>
          )}
          <div className="compare-columns">
            {list(`Only ${left.name}`, comparison.onlyA, left.name)}
            {list('Both', comparison.shared, null)}
            {list(`Only ${right.name}`, comparison.onlyB, right.name)}
          </div>
        </>
      )}
    </div>
  );
}

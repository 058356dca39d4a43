import { useEffect, useRef } from 'react';
import { request } from '../api/client.ts';
import { EntityQuery } from '../api/entity-query.ts';
import type { RelationTypeInfo } from '../api/graph-queries.ts';
import { useAsync } from '../api/use-async.ts';
import { CitationLink } from './CitationLink.tsx';
import { ExpandControls, type ExpandRequest } from './ExpandControls.tsx';
import type { InspectedRelation } from './RelationInspector.tsx';
import { RelationList } from './RelationList.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { ErrorState, LoadingState } from './StatusStates.tsx';
import { useFocusReturn } from './use-focus-return.ts';

export interface DetailsPanelProps {
  id: string;
  relationTypes: readonly RelationTypeInfo[];
  expanded: boolean;
  expandBusy: boolean;
  expandError: string | null;
  omitted: number;
  /** False when the node is not drawn (filtered out, hidden, or a vendor or category). */
  onCanvas: boolean;
  onFocus: (id: string) => void;
  onClose: () => void;
  /** Where keyboard focus goes when the panel closes while holding it. */
  onFocusLost: () => void;
  onExpand: (request: ExpandRequest) => void;
  onCollapse: () => void;
  onHide: () => void;
  onInspect: (relation: InspectedRelation) => void;
  onPathFrom: (id: string) => void;
  onCompare: (id: string) => void;
  onEquivalents: (id: string) => void;
  /** Opens the alternatives finder on this technology. */
  onAlternatives: (id: string) => void;
  /** Adds this technology to the stack view's members. */
  onAddToStack: (id: string) => void;
}

const cloudVendors = new Set(['aws', 'google-cloud', 'microsoft-azure']);

/** Everything about the focused node, with its relations as links that move the focus. */
export function DetailsPanel(props: DetailsPanelProps) {
  const { id, relationTypes, onFocus, onClose, onFocusLost } = props;
  const panel = useRef<HTMLElement>(null);
  useFocusReturn(panel, onFocusLost);
  const entity = useAsync(`entity:${id}`, (signal) => request(EntityQuery, { id }, signal));
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = entity.status === 'success' ? entity.data.entity : undefined;

  useEffect(() => {
    if (loaded) heading.current?.focus({ preventScroll: true });
  }, [loaded]);

  return (
    <aside ref={panel} className="panel details-panel" aria-label="Details">
      <button type="button" className="close" aria-label="Close details" onClick={onClose}>
        ×
      </button>
      {entity.status === 'loading' && <LoadingState message="Loading details…" />}
      {entity.status === 'error' && <ErrorState message={entity.error.message} onRetry={entity.retry} />}
      {entity.status === 'success' && !loaded && <p className="empty">Nothing is known as “{id}”; it may have been removed. Search for another technology.</p>}
      {loaded && (
        <>
          <header>
            <h2 ref={heading} tabIndex={-1}>
              {loaded.name}
            </h2>
            {loaded.__typename === 'Technology' && <StatusBadge status={loaded.status} since={loaded.statusSince} />}
            <p className="kind">
              {loaded.kind}
              {loaded.__typename === 'Technology' && loaded.vendor && (
                <>
                  {' · '}
                  <button type="button" className="link" onClick={() => onFocus(loaded.vendor!.id)}>
                    {loaded.vendor.name}
                  </button>
                </>
              )}
            </p>
          </header>
          <p className="description">{loaded.description}</p>
          <dl className="facts">
            {loaded.__typename === 'Technology' && (
              <>
                <dt>Categories</dt>
                <dd>{loaded.categories.map((c) => c.name).join(', ') || '—'}</dd>
                {loaded.status !== 'ACTIVE' && (
                  <>
                    <dt>Status</dt>
                    <dd className="lifecycle">
                      {loaded.status.toLowerCase()}
                      {loaded.statusSince ? ` since ${loaded.statusSince}` : ''}
                      {loaded.statusSource && <CitationLink source={loaded.statusSource} prefix=" · " />}
                    </dd>
                  </>
                )}
                <dt>First release</dt>
                <dd>{loaded.firstRelease ?? 'unknown'}</dd>
                <dt>License</dt>
                <dd>
                  {loaded.license ?? 'unknown'}
                  {loaded.openSource ? ' (open source)' : ''}
                </dd>
              </>
            )}
            {loaded.__typename === 'Category' && (
              <>
                <dt>Technologies</dt>
                <dd>{loaded.technologyCount}</dd>
              </>
            )}
            {loaded.aliases.length > 0 && (
              <>
                <dt>Also known as</dt>
                <dd>{loaded.aliases.join(', ')}</dd>
              </>
            )}
            {(loaded.__typename === 'Technology' || loaded.__typename === 'Vendor') && loaded.homepage && (
              <>
                <dt>Homepage</dt>
                <dd>
                  <a href={loaded.homepage} target="_blank" rel="noreferrer noopener">
                    {loaded.homepage.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                  </a>
                </dd>
              </>
            )}
          </dl>
          {loaded.__typename === 'Technology' && loaded.remarks.length > 0 && (
            <section className="remarks">
              <h3>Common misconceptions</h3>
              {loaded.remarks.map((remark) => (
                <div key={remark.claim} className="remark">
                  <p>
                    <s>{remark.claim}</s>
                  </p>
                  <p>{remark.correction}</p>
                  <p className="source">
                    <CitationLink source={remark.source} />
                  </p>
                </div>
              ))}
            </section>
          )}
          <div className="actions">
            <button type="button" onClick={() => props.onPathFrom(id)}>
              Find a path from here
            </button>
            <button type="button" onClick={() => props.onCompare(id)}>
              Compare…
            </button>
            {loaded.__typename === 'Technology' && (
              <>
                <button type="button" onClick={() => props.onAlternatives(id)}>
                  Find alternatives…
                </button>
                <button type="button" onClick={() => props.onAddToStack(id)}>
                  Add to stack
                </button>
              </>
            )}
            {loaded.__typename === 'Technology' && loaded.vendor && cloudVendors.has(loaded.vendor.id) && (
              <button type="button" onClick={() => props.onEquivalents(id)}>
                Cloud equivalents
              </button>
            )}
          </div>
          {!props.onCanvas && (
            <p className="note off-canvas">
              {loaded.name} is not on the canvas right now.{' '}
              <button type="button" className="link" onClick={() => props.onExpand({ depth: 1, relationTypes: relationTypes.map((t) => t.type) })}>
                Draw it with its neighbours
              </button>
            </p>
          )}
          <ExpandControls
            name={loaded.name}
            relationTypes={relationTypes}
            expanded={props.expanded}
            busy={props.expandBusy}
            error={props.expandError}
            omitted={props.omitted}
            onExpand={props.onExpand}
            onCollapse={props.onCollapse}
            onHide={props.onHide}
          />
          <RelationList id={id} name={loaded.name} relations={loaded.relations} relationTypes={relationTypes} onFocus={onFocus} onInspect={props.onInspect} />
        </>
      )}
    </aside>
  );
}

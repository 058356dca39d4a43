import { type FormEvent, useEffect, useState } from 'react';
import type { RelationType, RelationTypeInfo } from '../api/graph-queries.ts';
import type { PathAnswer } from '../api/load-paths.ts';
import type { AsyncResult } from '../api/use-async.ts';
import type { PathQuery } from '../state/url-state.ts';
import { PathOptions } from './PathOptions.tsx';
import { SearchBox } from './SearchBox.tsx';
import { ErrorState, LoadingState } from './StatusStates.tsx';

export interface PathFinderProps {
  query: PathQuery | null;
  pathTypes: RelationType[];
  pathIndex: number;
  /** Paths avoid generic hubs unless nothing else connects. */
  avoidHubs: boolean;
  /** Nodes left out of every path, with their names. */
  excluded: ReadonlyArray<{ id: string; name: string }>;
  answer: AsyncResult<PathAnswer>;
  relationTypes: readonly RelationTypeInfo[];
  /** A technology to start from, set by "Find a path from here". */
  startId: string | null;
  startName: string | null;
  onSubmit: (query: PathQuery) => void;
  onTypes: (types: RelationType[]) => void;
  onAvoidHubs: (avoidHubs: boolean) => void;
  onExclude: (ids: string[]) => void;
  onIndex: (index: number) => void;
  onClear: () => void;
  onFocus: (id: string) => void;
}

type Mode = 'between' | 'question';

/** The explanation repeats the summary first; show only what it adds (the notes behind each step). */
function explanationDetail(path: { summary: string; explanation: string }): string {
  const rest = path.explanation.startsWith(path.summary) ? path.explanation.slice(path.summary.length) : path.explanation;
  return rest.trim();
}

const strengthLabel = { STRONG: 'Strong', MODERATE: 'Moderate', WEAK: 'Weak' } as const;

/** How do two technologies relate: two boxes or a plain question, then the paths one by one. */
export function PathFinder(props: PathFinderProps) {
  const { query, answer, pathIndex } = props;
  const [mode, setMode] = useState<Mode>(query?.kind ?? 'between');
  const [from, setFrom] = useState<{ id: string; name: string } | null>(null);
  const [to, setTo] = useState<{ id: string; name: string } | null>(null);
  const [question, setQuestion] = useState(query?.kind === 'question' ? query.question : '');

  useEffect(() => {
    if (query?.kind) setMode(query.kind);
    if (query?.kind === 'question') setQuestion(query.question);
  }, [query]);

  useEffect(() => {
    if (props.startId && props.startName) {
      setMode('between');
      setFrom({ id: props.startId, name: props.startName });
    }
  }, [props.startId, props.startName]);

  const data = answer.status === 'success' ? answer.data : undefined;
  // While a changed search loads, the last answer stays on screen, dimmed and marked busy: turning an
  // option on or off must not blank the panel and make the reader find their place again.
  const shown = data ?? (answer.status === 'loading' ? answer.data : undefined);
  const stale = data === undefined && shown !== undefined;
  // Names for the two boxes come from the answer when the query arrived through the URL.
  const fromName = from?.name ?? (query?.kind === 'between' ? (data?.from?.name ?? query.from) : '');
  const toName = to?.name ?? (query?.kind === 'between' ? (data?.to?.name ?? query.to) : '');
  const fromId = from?.id ?? (query?.kind === 'between' ? query.from : null);
  const toId = to?.id ?? (query?.kind === 'between' ? query.to : null);

  const submitQuestion = (event: FormEvent) => {
    event.preventDefault();
    if (question.trim()) props.onSubmit({ kind: 'question', question: question.trim() });
  };

  const choose = (side: 'from' | 'to', hit: { id: string; name: string }) => {
    const next = side === 'from' ? { from: hit.id, to: toId } : { from: fromId, to: hit.id };
    if (side === 'from') setFrom(hit);
    else setTo(hit);
    if (next.from && next.to) props.onSubmit({ kind: 'between', from: next.from, to: next.to });
  };

  const paths = shown?.paths ?? [];
  const current = paths[pathIndex];

  return (
    <section className="path-finder" aria-label="Path finder">
      <fieldset className="segmented">
        <legend className="visually-hidden">How to ask</legend>
        <label>
          <input type="radio" name="path-mode" checked={mode === 'between'} onChange={() => setMode('between')} />
          Between two
        </label>
        <label>
          <input type="radio" name="path-mode" checked={mode === 'question'} onChange={() => setMode('question')} />
          Ask a question
        </label>
      </fieldset>
      {mode === 'between' ? (
        <div className="path-ends">
          <SearchBox label="Path from" placeholder="From, e.g. Spark" value={fromName} onChoose={(hit) => choose('from', hit)} />
          <SearchBox label="Path to" placeholder="To, e.g. HDFS" value={toName} onChoose={(hit) => choose('to', hit)} />
        </div>
      ) : (
        <form className="ask" onSubmit={submitQuestion}>
          <input
            type="text"
            aria-label="Question"
            placeholder="How does Spark relate to HDFS?"
            value={question}
            maxLength={300}
            onChange={(event) => setQuestion(event.target.value)}
          />
          <button type="submit" className="primary">
            Ask
          </button>
        </form>
      )}
      <PathOptions
        relationTypes={props.relationTypes}
        pathTypes={props.pathTypes}
        avoidHubs={props.avoidHubs}
        excluded={props.excluded}
        onTypes={props.onTypes}
        onAvoidHubs={props.onAvoidHubs}
        onExclude={props.onExclude}
      />
      {query && answer.status === 'loading' && <LoadingState message="Looking for paths…" />}
      {query && answer.status === 'error' && <ErrorState message={answer.error.message} onRetry={answer.retry} />}
      {query && shown && (
        <div className={`path-results${stale ? ' stale' : ''}`} aria-live="polite" aria-busy={stale}>
          {shown.summary && query.kind === 'between' && <p className="connection-summary">{shown.summary}</p>}
          <p className="message">{shown.message}</p>
          {shown.suggestions.length > 0 && (
            <p className="suggestions">
              Did you mean{' '}
              {shown.suggestions.map((s, i) => (
                <span key={s.id}>
                  {i > 0 && ', '}
                  <button type="button" className="link" onClick={() => props.onFocus(s.id)}>
                    {s.name}
                  </button>
                </span>
              ))}
              ?
            </p>
          )}
          {current && (
            <div className={`path-current${current.strength === 'WEAK' ? ' weak' : ''}`}>
              <div className="stepper">
                <button type="button" aria-label="Previous path" disabled={pathIndex === 0} onClick={() => props.onIndex(pathIndex - 1)}>
                  ‹
                </button>
                <span>
                  Path {pathIndex + 1} of {paths.length} · {current.length} step{current.length === 1 ? '' : 's'}
                </span>
                <button type="button" aria-label="Next path" disabled={pathIndex >= paths.length - 1} onClick={() => props.onIndex(pathIndex + 1)}>
                  ›
                </button>
              </div>
              <p className="summary">
                <span className={`strength strength-${current.strength.toLowerCase()}`} title={`Score ${current.score.toFixed(2)} of 1`}>
                  {strengthLabel[current.strength]}
                </span>{' '}
                {current.summary}
              </p>
              {current.viaHub && <p className="weak-note">A weak path: it passes through a generic hub, because nothing more specific connects the two.</p>}
              {explanationDetail(current) && <p className="explanation">{explanationDetail(current)}</p>}
              <ol className="path-nodes">
                {current.nodes.map((node, i) => (
                  <li key={node.id}>
                    <button type="button" className="link" onClick={() => props.onFocus(node.id)}>
                      {node.name}
                    </button>
                    {i > 0 && i < current.nodes.length - 1 && (
                      <button
                        type="button"
                        className="chip-remove"
                        aria-label={`Leave ${node.name} out of paths`}
                        title={`Leave ${node.name} out and look again`}
                        onClick={() => props.onExclude([...new Set([...props.excluded.map((n) => n.id), node.id])])}
                      >
                        ×
                      </button>
                    )}
                  </li>
                ))}
              </ol>
            </div>
          )}
          <button type="button" className="small" onClick={props.onClear}>
            Clear path
          </button>
        </div>
      )}
    </section>
  );
}

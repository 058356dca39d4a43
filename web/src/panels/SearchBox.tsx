import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiError, request } from '../api/client.ts';
import { type SearchHit, SearchQuery, toSearchHit } from '../api/search-query.ts';
import { StatusBadge } from './StatusBadge.tsx';

export type SearchHitLite = Pick<SearchHit, 'id' | 'name' | 'kind'> & Partial<Pick<SearchHit, 'matchedAlias' | 'status' | 'statusSince'>>;
export type SearchFunction = (text: string, signal: AbortSignal) => Promise<SearchHitLite[]>;

export const searchApi: SearchFunction = async (text, signal) => (await request(SearchQuery, { text, first: 8 }, signal)).search.map(toSearchHit);

export interface SearchBoxProps {
  /** Accessible name of the box. */
  label: string;
  placeholder?: string;
  onChoose: (hit: SearchHitLite) => void;
  /** Where hits come from; the API unless a test passes its own. */
  search?: SearchFunction;
  /** `/` anywhere on the page focuses this box. */
  shortcut?: boolean;
  /** Text shown before the user types, e.g. the name of the chosen technology. */
  value?: string;
  debounceMs?: number;
}

type Results = { status: 'idle' } | { status: 'loading' } | { status: 'done'; hits: SearchHitLite[] } | { status: 'error'; message: string };

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT' || element.isContentEditable);
}

/** A combobox with autocomplete from the API: arrows move, Enter chooses, Escape closes. */
export function SearchBox({ label, placeholder, onChoose, search = searchApi, shortcut = false, value = '', debounceMs = 150 }: SearchBoxProps) {
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [results, setResults] = useState<Results>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => setText(value), [value]);

  useEffect(() => {
    if (!shortcut) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcut]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the search on retry.
  useEffect(() => {
    const query = text.trim();
    if (!open || query.length === 0) {
      setResults({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setResults((r) => (r.status === 'done' ? r : { status: 'loading' }));
    const timer = setTimeout(() => {
      search(query, controller.signal).then(
        (hits) => {
          if (controller.signal.aborted) return;
          setResults({ status: 'done', hits });
          setActive(hits.length > 0 ? 0 : -1);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setResults({ status: 'error', message: error instanceof ApiError ? error.message : 'Search failed; retry.' });
        },
      );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, open, search, debounceMs, attempt]);

  const hits = results.status === 'done' ? results.hits : [];
  const showList = open && results.status !== 'idle';

  const choose = (hit: SearchHitLite) => {
    setText(hit.name);
    setOpen(false);
    setResults({ status: 'idle' });
    onChoose(hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[active] ?? hits[0];
      if (hit && open) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else input.current?.blur();
    }
  };

  return (
    <div className="search-box">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => text.trim() && text !== value && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div className="search-popup">
          <div id={listId} role="listbox" aria-label={`${label} suggestions`} className="options">
            {hits.map((hit, i) => (
              // Keyboard users move through options from the input (aria-activedescendant), so options only take clicks.
              // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys.
              <div
                key={hit.id}
                id={`${listId}-${i}`}
                role="option"
                tabIndex={-1}
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(hit)}
                onMouseEnter={() => setActive(i)}
              >
                <span className="hit-name">
                  {hit.name}
                  <StatusBadge status={hit.status} since={hit.statusSince} />
                </span>
                <span className="hit-kind">{hit.matchedAlias ? `“${hit.matchedAlias}” · ${hit.kind}` : hit.kind}</span>
              </div>
            ))}
          </div>
          {results.status === 'loading' && <p className="search-note">Searching…</p>}
          {results.status === 'done' && hits.length === 0 && <p className="search-note">Nothing matches “{text.trim()}”; try another name or an alias.</p>}
          {results.status === 'error' && (
            <p className="search-note error" role="alert">
              {results.message}{' '}
              <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => setAttempt((n) => n + 1)}>
                Retry
              </button>
            </p>
          )}
        </div>
      )}
    </div>
  );
}

import type { UrlState, ViewName } from '../state/url-state.ts';
import type { UrlStateUpdate } from '../state/use-url-state.ts';
import { SearchBox } from './SearchBox.tsx';

const views: { name: ViewName; label: string }[] = [
  { name: 'explore', label: 'Explore' },
  { name: 'lineage', label: 'Upgrade lineage' },
  { name: 'equivalents', label: 'Cloud equivalents' },
  { name: 'compare', label: 'Compare' },
  { name: 'stack', label: 'Stack' },
  { name: 'alternatives', label: 'Alternatives' },
];

export function AppHeader({ url, update }: { url: UrlState; update: (change: UrlStateUpdate) => void }) {
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        Skip to the content
      </a>
      <h1 className="brand">
        <a href="/">
          tech<span>graph</span>
        </a>
      </h1>
      <div className="header-search">
        <SearchBox
          label="Search technologies"
          placeholder="Search technologies  ( / )"
          shortcut
          onChoose={(hit) => update({ view: 'explore', focus: hit.id, path: null, pathTypes: [], pathIndex: 0, pathAvoidHubs: true, pathExclude: [] })}
        />
      </div>
      <nav className="view-tabs" aria-label="Views">
        {views.map((view) => (
          <button key={view.name} type="button" aria-current={url.view === view.name ? 'page' : undefined} onClick={() => update({ view: view.name })}>
            {view.label}
          </button>
        ))}
      </nav>
    </header>
  );
}

import type { BaseGraph } from '../api/load-base-graph.ts';
import { FiltersPanel } from '../panels/FiltersPanel.tsx';
import { PathFinder } from '../panels/PathFinder.tsx';
import type { UrlState } from '../state/url-state.ts';
import type { useExploreModel } from '../state/use-explore-model.ts';
import type { UrlStateUpdate } from '../state/use-url-state.ts';

export interface ExploreSidebarProps {
  base: BaseGraph;
  url: UrlState;
  update: (change: UrlStateUpdate) => void;
  model: ReturnType<typeof useExploreModel>;
  open: boolean;
  onOpen: (open: boolean) => void;
  pathStart: string | null;
  name: (id: string) => string;
}

/** Path finder and filters. It comes after the scene in the page, so the keyboard reaches the graph first. */
export function ExploreSidebar({ base, url, update, model, open, onOpen, pathStart, name }: ExploreSidebarProps) {
  return (
    <aside className={`sidebar panel${open ? ' open' : ''}`} aria-label="Path finder and filters" id="sidebar">
      <button type="button" className="sidebar-close" aria-label="Close paths and filters" onClick={() => onOpen(false)}>
        ×
      </button>
      <h2 className="sidebar-title">How do they relate?</h2>
      <PathFinder
        query={url.path}
        pathTypes={url.pathTypes}
        pathIndex={url.pathIndex}
        avoidHubs={url.pathAvoidHubs}
        excluded={url.pathExclude.map((id) => ({ id, name: name(id) }))}
        answer={model.pathAnswer}
        relationTypes={base.vocabulary.relationTypes}
        startId={pathStart}
        startName={pathStart ? name(pathStart) : null}
        onSubmit={(path) => update({ path, pathIndex: 0 })}
        onTypes={(pathTypes) => update({ pathTypes, pathIndex: 0 })}
        onAvoidHubs={(pathAvoidHubs) => update({ pathAvoidHubs, pathIndex: 0 })}
        onExclude={(pathExclude) => update({ pathExclude, pathIndex: 0 })}
        onIndex={(pathIndex) => update({ pathIndex })}
        onClear={() => update({ path: null, pathTypes: [], pathIndex: 0, pathAvoidHubs: true, pathExclude: [] })}
        onFocus={(focus) => update({ focus })}
      />
      <h2 className="sidebar-title">Filters</h2>
      <FiltersPanel
        categories={model.categoryOptions}
        relationTypes={base.vocabulary.relationTypes}
        vendors={model.vendors}
        filters={url.filters}
        onChange={(filters) => update({ filters })}
      />
    </aside>
  );
}

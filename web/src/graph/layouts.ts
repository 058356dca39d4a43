import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from '../../../schema/model/drawing.ts';

let fcoseRegistered = false;
let dagreRegistered: Promise<void> | undefined;

/** fcose draws the first view, so it ships with the app; dagre is fetched the first time it is needed. */
export function registerLayout(name: LayoutName | 'lineage'): Promise<void> {
  if (name === 'hierarchical' || name === 'lineage') {
    dagreRegistered ??= import('cytoscape-dagre').then(({ default: dagre }) => {
      cytoscape.use(dagre);
    });
    return dagreRegistered;
  }
  if (!fcoseRegistered) {
    cytoscape.use(fcose);
    fcoseRegistered = true;
  }
  return Promise.resolve();
}

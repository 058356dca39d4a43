import { createHash } from 'node:crypto';

/**
 * The one style element the app adds at run time: Cytoscape puts this rule into the page's head when
 * it first draws (see its renderer's init). Allowed by hash, so no other inline style is.
 */
export const cytoscapeContainerStyle = '.__________cytoscape_container { position: relative; }';
const cytoscapeStyleHash = `'sha256-${createHash('sha256').update(cytoscapeContainerStyle).digest('base64')}'`;

type Directive = 'script-src' | 'style-src' | 'img-src' | 'font-src' | 'connect-src' | 'worker-src';
type Allowances = Partial<Record<Directive, string[]>>;

/**
 * Everything the GraphiQL page needs beyond the app's own policy, and the only place that allows
 * it. GraphiQL is served from this server's own files (server/src/graphiql), its editor's workers
 * and fonts included, and starts from a script file, so scripts stay 'self'-only; its Monaco editor
 * sets style attributes and adds style elements as it draws, which only 'unsafe-inline' allows.
 */
export const graphiqlAllowances: Allowances = {
  'style-src': ["'unsafe-inline'"],
};

/**
 * What `npm run dev` adds for Vite: its React refresh preamble is an inline script, it injects CSS
 * as style elements, and hot reload talks over a websocket to this same server.
 */
export const viteDevAllowances: Allowances = {
  'script-src': ["'unsafe-inline'"],
  'style-src': ["'unsafe-inline'"],
  'connect-src': ['ws:', 'wss:'],
};

export interface SecurityHeaderOptions {
  /** Origins allowed to show the app in a frame; empty means no one may. @default [] */
  frameAncestors: readonly string[];
  /** The page is the GraphiQL page (a browser's GET of /graphql while GraphiQL is enabled). */
  graphiql?: boolean;
  /** Responses come from Vite's dev middleware (`npm run dev`). */
  viteDev?: boolean;
}

/**
 * The headers every response carries, the web app's, the API's and the health checks' alike. The
 * app's own policy allows only its own scripts, styles (and Cytoscape's one rule, by hash), images,
 * fonts and /graphql; the data: image is the favicon inlined in index.html.
 */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const extra = [options.graphiql ? graphiqlAllowances : {}, options.viteDev ? viteDevAllowances : {}];
  const sources = (directive: Directive, base: string[]) => {
    const all = [...base, ...extra.flatMap((a) => a[directive] ?? [])];
    // A hash in the same directive makes browsers ignore 'unsafe-inline', so where that is allowed the hashes go.
    return (all.includes("'unsafe-inline'") ? all.filter((source) => !source.startsWith("'sha256-")) : all).join(' ');
  };
  const frameAncestors = options.frameAncestors.length > 0 ? options.frameAncestors.join(' ') : "'none'";
  const policy = [
    "default-src 'self'",
    `script-src ${sources('script-src', ["'self'"])}`,
    `style-src ${sources('style-src', ["'self'", cytoscapeStyleHash])}`,
    `img-src ${sources('img-src', ["'self'", 'data:'])}`,
    `font-src ${sources('font-src', ["'self'"])}`,
    `connect-src ${sources('connect-src', ["'self'"])}`,
    `worker-src ${sources('worker-src', ["'self'"])}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
  return {
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // For browsers that predate frame-ancestors; it can only say "nobody", so it is sent only then.
    ...(options.frameAncestors.length === 0 && { 'x-frame-options': 'DENY' }),
    'cross-origin-opener-policy': 'same-origin',
  };
}

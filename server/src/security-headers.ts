import { createHash } from 'node:crypto';
import { renderGraphiQL } from 'graphql-yoga';

/**
 * The GraphiQL page, rendered once. Yoga serves exactly this string (see `renderGraphiQL` in
 * yoga.ts), so the hashes of its inline scripts below always match what the browser receives.
 */
export const graphiqlPage = renderGraphiQL({});

/** The CSP source expression of every inline `<script>` in an HTML page, so a policy can allow those and no other. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, body] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
    hashes.push(
      `'sha256-${createHash('sha256')
        .update(body ?? '')
        .digest('base64')}'`,
    );
  }
  return hashes;
}

/**
 * The one style element the app adds at run time: Cytoscape puts this rule into the page's head when
 * it first draws (see its renderer's init). Allowed by hash, so no other inline style is.
 */
export const cytoscapeContainerStyle = '.__________cytoscape_container { position: relative; }';
const cytoscapeStyleHash = `'sha256-${createHash('sha256').update(cytoscapeContainerStyle).digest('base64')}'`;

type Directive = 'script-src' | 'style-src' | 'img-src' | 'font-src' | 'connect-src' | 'worker-src';
type Allowances = Partial<Record<Directive, string[]>>;

/**
 * Everything the GraphiQL page needs beyond the app's own origin, and the only place that allows it.
 * Yoga's page loads GraphiQL from unpkg, fetches its Monaco editor workers from there and runs them
 * from blob: URLs, starts it with two inline scripts (allowed by hash, not 'unsafe-inline'), lets
 * Monaco add style elements, and shows a favicon from GitHub. When GraphiQL is served from this
 * server's own files, this shrinks to what those files need, and the page can live under 'self'.
 */
export const graphiqlAllowances: Allowances = {
  'script-src': ['https://unpkg.com', ...inlineScriptHashes(graphiqlPage)],
  'style-src': ['https://unpkg.com', "'unsafe-inline'"],
  'font-src': ['https://unpkg.com', 'data:'],
  'connect-src': ['https://unpkg.com'],
  'worker-src': ['blob:'],
  'img-src': ['https://raw.githubusercontent.com'],
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
  const sources = (directive: Directive, base: string[]) => [...base, ...extra.flatMap((a) => a[directive] ?? [])].join(' ');
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

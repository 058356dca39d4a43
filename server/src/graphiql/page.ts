import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { assetNames, encodedBody, loadGraphiqlAssets } from './assets.ts';

/** Where GraphiQL's files are served: under the GraphQL endpoint, so whatever mounts yoga serves them too. */
export const graphiqlAssetRoot = '/graphql/graphiql';

/** A first query that shows what the API is for, with the variables it needs written in. */
export const exampleQuery = `# Run it: play button or Ctrl+Enter. Reads need no
# token; mutations need API_TOKEN in the Headers
# tab below. More examples: docs/api.md
query HowDoTheyRelate {
  paths(from: "apache-spark", to: "hdfs", first: 2) {
    summary
    length
  }
  technology(id: "apache-spark") {
    name
    description
    relations(direction: OUTGOING) {
      type
      to { name }
    }
  }
}
`;

/** What GraphiQL opens with: the example above, and the header that mutations need, to fill in. */
export const graphiqlDefaults: GraphiQLOptions = {
  title: 'techgraph GraphiQL',
  defaultQuery: exampleQuery,
  headers: JSON.stringify({ Authorization: 'Bearer <API_TOKEN, needed for mutations only>' }, null, 2),
  defaultEditorToolsVisibility: 'headers',
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The GraphiQL page: every script, style and worker is a file from this server, and the page has
 * no inline script (its settings sit in a JSON data block, which browsers do not run).
 */
export async function renderGraphiqlPage(options: GraphiQLOptions): Promise<string> {
  const { version } = await loadGraphiqlAssets();
  const url = (name: string) => `${graphiqlAssetRoot}/${version}/${name}`;
  const workers = Object.fromEntries(Object.entries(assetNames.workers).map(([label, name]) => [label, url(name)]));
  // `<` is escaped so no text in the settings can close the data block.
  const config = JSON.stringify({ options: { ...graphiqlDefaults, ...options }, workers }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title ?? graphiqlDefaults.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${url(assetNames.favicon)}" type="image/svg+xml" />
    <link rel="stylesheet" href="${url(assetNames.css)}" />
    <script type="application/json" id="graphiql-config">${config}</script>
    <script src="${url(assetNames.boot)}" defer></script>
    <script src="${url(assetNames.editor)}" defer></script>
  </head>
  <body>
    <noscript>GraphiQL needs JavaScript; the API itself answers POST requests on /graphql.</noscript>
    <div id="root"></div>
  </body>
</html>
`;
}

/**
 * Serves GraphiQL's files under {@link graphiqlAssetRoot}. Only files of the current version are
 * answered, so they can be cached for good; anything else under the root is a 404.
 */
export function useGraphiqlAssets(): Plugin {
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (!url.pathname.startsWith(`${graphiqlAssetRoot}/`)) return;
      return loadGraphiqlAssets().then(({ version, files }) => {
        const [, fileVersion, name] = url.pathname.slice(graphiqlAssetRoot.length).split('/');
        const asset = fileVersion === version && name !== undefined ? files.get(name) : undefined;
        if (!asset || (request.method !== 'GET' && request.method !== 'HEAD')) {
          endResponse(new fetchAPI.Response('Not found: GraphiQL files live under their current version; reload /graphql.', { status: 404 }));
          return;
        }
        const { body, gzip } = encodedBody(asset, request.headers.get('accept-encoding'));
        const headers: Record<string, string> = {
          'content-type': asset.type,
          'cache-control': 'public, max-age=31536000, immutable',
          vary: 'accept-encoding',
          ...(gzip && { 'content-encoding': 'gzip' }),
        };
        endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
      });
    },
  };
}

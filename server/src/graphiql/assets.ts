import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { bootScript } from './boot-script.ts';

/** One file of the GraphiQL page, kept in memory once loaded. */
export interface GraphiqlAsset {
  type: string;
  body: Uint8Array<ArrayBuffer>;
  /** Compressed on first use: the editor bundle is 5 MB as text and about 1.5 MB gzipped. */
  gzipped?: Uint8Array<ArrayBuffer>;
}

export interface GraphiqlAssets {
  /** Changes whenever any file changes, so the files can be cached for good under it. */
  version: string;
  files: Map<string, GraphiqlAsset>;
}

/** The file names the page and its boot script ask for; Monaco picks a worker by label. */
export const assetNames = {
  editor: 'yoga-graphiql.js',
  css: 'graphiql.css',
  boot: 'boot.js',
  favicon: 'favicon.svg',
  workers: { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' },
} as const;

// The app's own mark (the same as web/index.html), so the tab shows techgraph rather than a remote logo.
const favicon =
  "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'><g stroke='#1c64d6' stroke-width='3'><path d='M8 24 16 8 24 22Z' fill='none'/></g><circle cx='8' cy='24' r='5' fill='#e8590c'/><circle cx='16' cy='8' r='5' fill='#1c64d6'/><circle cx='24' cy='22' r='5' fill='#0ca678'/></svg>";

let loading: Promise<GraphiqlAssets> | undefined;

/**
 * GraphiQL's editor, styles and Monaco workers as separate files. The package ships them as strings
 * meant to be inlined into one 9 MB page; served as files they need no inline script, no blob:
 * workers and no CDN. Loaded on the first GraphiQL request only, so a server whose users never open
 * GraphiQL does not hold them in memory.
 */
export function loadGraphiqlAssets(): Promise<GraphiqlAssets> {
  loading ??= import('@graphql-yoga/render-graphiql/graphiql').then((bundle) => {
    const js = 'text/javascript; charset=utf-8';
    const { css, fonts } = fontsAsFiles(bundle.css);
    const entries: Array<[string, string, string]> = [
      [assetNames.editor, js, bundle.js],
      [assetNames.css, 'text/css; charset=utf-8', css],
      [assetNames.boot, js, bootScript],
      [assetNames.favicon, 'image/svg+xml', favicon],
      [assetNames.workers.editorWorkerService, js, bundle.editorWorkerService],
      [assetNames.workers.json, js, bundle.jsonWorker],
      [assetNames.workers.graphql, js, bundle.graphqlWorker],
    ];
    const hash = createHash('sha256');
    const files = new Map<string, GraphiqlAsset>();
    for (const [name, type, text] of entries) {
      const body = new TextEncoder().encode(text);
      hash.update(name).update(body);
      files.set(name, { type, body });
    }
    for (const font of fonts) {
      hash.update(font.name).update(font.body);
      files.set(font.name, { type: font.type, body: font.body });
    }
    return { version: hash.digest('hex').slice(0, 12), files };
  });
  return loading;
}

/**
 * The stylesheet inlines its fonts as data: URLs, which a font-src 'self' policy refuses; each becomes
 * a file beside the stylesheet (its URL is relative, so it resolves under the same version).
 */
export function fontsAsFiles(css: string): { css: string; fonts: Array<{ name: string; type: string; body: Uint8Array<ArrayBuffer> }> } {
  const fonts: Array<{ name: string; type: string; body: Uint8Array<ArrayBuffer> }> = [];
  const rewritten = css.replace(/url\((["']?)data:font\/([\w-]+);base64,([A-Za-z0-9+/=]+)\1\)/g, (_match, _quote, format: string, base64: string) => {
    const name = `font-${fonts.length + 1}.${format}`;
    fonts.push({ name, type: `font/${format}`, body: new Uint8Array(Buffer.from(base64, 'base64')) });
    return `url(${name})`;
  });
  return { css: rewritten, fonts };
}

/** The body to send and its encoding, compressing once per file when the client accepts gzip. */
export function encodedBody(asset: GraphiqlAsset, acceptEncoding: string | null): { body: Uint8Array<ArrayBuffer>; gzip: boolean } {
  if (!/\bgzip\b/.test(acceptEncoding ?? '')) return { body: asset.body, gzip: false };
  asset.gzipped ??= new Uint8Array(gzipSync(asset.body));
  return { body: asset.gzipped, gzip: true };
}

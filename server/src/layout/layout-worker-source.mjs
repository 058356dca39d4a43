// The layout worker's entry while the server runs from TypeScript source (tests, `npm run dev`).
// Node 20 cannot run .ts files itself and applies `--import` loaders too late for a worker's own
// entry, so this plain module loads the worker through tsx. The built server starts
// server/dist/layout-worker.js instead and never loads this file.
import { tsImport } from 'tsx/esm/api';

await tsImport('./layout-worker.ts', import.meta.url);

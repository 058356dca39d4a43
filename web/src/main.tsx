import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { baseGraphKey } from './api/load-base-graph.ts';
import { preload } from './api/use-async.ts';
import { loadFirstView } from './first-view.ts';
import './styles/app.css';

// Ask for the graph data and the canvas chunk now, in parallel, rather than once React has rendered.
preload(baseGraphKey, loadFirstView);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

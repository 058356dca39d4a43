import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { baseGraphKey, loadBaseGraph } from './api/load-base-graph.ts';
import { preload } from './api/use-async.ts';
import { loadGraphCanvas } from './canvas/lazy-canvas.ts';
import './styles/app.css';

// Ask for the graph data and the canvas chunk now, in parallel, rather than once React has rendered.
preload(baseGraphKey, loadBaseGraph);
void loadGraphCanvas();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

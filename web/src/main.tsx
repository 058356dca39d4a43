import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadGraphCanvas } from './canvas/lazy-canvas.ts';
import './styles/app.css';

// Start fetching the canvas chunk now, in parallel with the graph data.
void loadGraphCanvas();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

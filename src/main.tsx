import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App } from '@/app';
import { loadParamsForm } from '@/features/params';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Start fetching the parameter form's chunk now, in parallel with the first model request.
void loadParamsForm();

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App } from '@/app';
import { loadParamsForm } from '@/features/params';
import { loadApiTab } from '@/features/snippets';
import { browserStorage } from '@/lib/storage';
import { applyThemeChoice, readThemeChoice } from '@/lib/theme';
import { followProviders, keepRunsWithPanes } from '@/state/panes';

// The saved Light/Dark choice, before anything renders (the CSP allows no inline script in index.html, so this
// is the earliest script there is). "System" needs nothing: the stylesheet follows prefers-color-scheme itself.
applyThemeChoice(readThemeChoice(browserStorage), document.documentElement);

// A removed or replaced pane's runs go with it, and a pane whose server changes moves to a model that server
// lists, for the whole life of the page.
keepRunsWithPanes();
followProviders();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Start fetching the parameter form's chunk now, in parallel with the first model request; the code view's chunk
// once the page has settled.
void loadParamsForm();
const whenIdle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1000));
whenIdle(() => void loadApiTab());

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App, loadCompareScreen, loadGenerationScreen } from '@/app';
import { loadSchemaEngine, warmSchemaChecks } from '@/domain/schema';
import { loadParamsForm } from '@/features/params';
import { loadSettingsForm } from '@/features/settings';
import { loadApiTab } from '@/features/snippets';
import { whenIdle } from '@/lib/idle';
import { browserStorage } from '@/lib/storage';
import { applyThemeChoice, readThemeChoice } from '@/lib/theme';
import { followProviders, keepRunsWithPanes } from '@/state/panes';
import { loadWhenIdle } from '@/ui';

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

// Start fetching the parameter form's chunk now, in parallel with the first model request; what the first screen
// does not show (the code view, Settings, Compare, a media model's screen) once the page has settled, so opening
// them needs no wait.
void loadParamsForm();
loadWhenIdle([
  warmSchemaChecksWhenIdle,
  loadApiTab,
  loadSettingsForm,
  loadCompareScreen,
  loadGenerationScreen,
]);

/** ajv's meta-schema, compiled in an idle moment once the engine is in, rather than in the first task that checks
 * a schema (a model's form, or the requests of "Run all cases" when no form was shown). */
function warmSchemaChecksWhenIdle(): Promise<void> {
  return loadSchemaEngine().then(
    () =>
      new Promise<void>((done) =>
        whenIdle(() => {
          warmSchemaChecks();
          done();
        }, 3000),
      ),
  );
}

import { describe, expect, it } from 'vitest';
import { loadSchemaEngine, onSchemaEngine, schemaEngine, schemaEngineReady } from './schemaEngine';

describe('schema engine', () => {
  it('is handed out synchronously once loaded, and every load joins the same one', async () => {
    const first = loadSchemaEngine();
    expect(loadSchemaEngine()).toBe(first);
    const modules = await first;
    expect(schemaEngineReady()).toBe(true);
    expect(schemaEngine()).toBe(modules);
    expect(new modules.AjvClass({ strict: false }).validate({ type: 'integer' }, 3)).toBe(true);
    expect(modules.parseRegExp('a+', 'u', {}).type).toBe('quantifier');
  });

  it('lets a listener go', () => {
    let calls = 0;
    const stop = onSchemaEngine(() => {
      calls += 1;
    });
    stop();
    expect(calls).toBe(0);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { loadSchemaEngine, schemaEngine, schemaEngineReady } from './schemaEngine';

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
});

describe('schema engine that fails to download', () => {
  it('says why, and the next load tries again', async () => {
    vi.resetModules();
    vi.doMock('./engineModules', () => {
      throw new Error('Failed to fetch dynamically imported module: /assets/engineModules.js');
    });
    const fresh = await import('./schemaEngine');
    let notified = 0;
    fresh.onSchemaEngine(() => {
      notified += 1;
    });
    // A listener that let go hears nothing of what follows.
    let afterLettingGo = 0;
    const letGo = fresh.onSchemaEngine(() => {
      afterLettingGo += 1;
    });
    letGo();
    // (vitest wraps the factory's error in its own message, so the text is not the one thrown above)
    const failed = await fresh.loadSchemaEngine().then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failed).toBeTruthy();
    expect(fresh.schemaEngineReady()).toBe(false);
    expect(fresh.schemaEngineFailure()).toBe(failed);
    expect(notified).toBe(1);

    vi.doUnmock('./engineModules');
    const retried = fresh.loadSchemaEngine();
    expect(fresh.schemaEngineFailure()).toBeNull();
    await retried;
    expect(fresh.schemaEngineReady()).toBe(true);
    expect(notified).toBe(3);
    expect(afterLettingGo).toBe(0);
  });
});

describe('warmSchemaChecks', () => {
  it('can run any number of times and leaves the schema checks working (its gain is timed by npm run bench)', async () => {
    await loadSchemaEngine();
    const { findSchemaProblem, warmSchemaChecks } = await import('./schemaProblems');
    warmSchemaChecks();
    warmSchemaChecks();
    // The checks still work after the warm-up: a valid schema passes, an invalid one is named.
    expect(findSchemaProblem({ type: 'object', properties: { a: { type: 'integer' } } })).toBeUndefined();
    expect(findSchemaProblem({ type: 'object', properties: { a: { minimum: 'three' } } })).toMatch(
      /not valid JSON Schema/,
    );
  });
});

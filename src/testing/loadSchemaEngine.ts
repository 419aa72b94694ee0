// Vitest setup (vite.config.ts): the app loads the schema engine (ajv, regjsparser) in its own chunk after the
// first paint; tests call the checks directly, so the engine is loaded before any test runs.
import { loadSchemaEngine } from '@/domain/schema';

await loadSchemaEngine();

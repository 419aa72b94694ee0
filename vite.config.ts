import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { yokeServer } from './server/vite-plugin.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), yokeServer()],
  // One alias for the source root, so an import names its layer: '@/lib/api', '@/state/runs', '@/features/params'.
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/testing/loadSchemaEngine.ts'],
    testTimeout: 20_000,
  },
});

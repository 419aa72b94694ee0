// `npm run layers`: the import picture of src/ in numbers — how many imports go from each layer to each other
// one, and between features — read from dependency-cruiser's graph of the real tree. Tests and test fixtures
// are counted apart, since they may reach into src/testing/.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

interface Module {
  source: string;
  dependencies: Array<{ resolved: string }>;
}

const ROOT = resolve(import.meta.dirname, '..');
const TEST = /\.test\.tsx?$|\/testing\//;

export function layerOf(path: string): string {
  const match = /^src\/([^/]+)\//.exec(path);
  if (!match) return path.startsWith('src/') ? 'main' : 'npm';
  const layer = match[1] ?? '';
  return layer === 'features' ? `features/${path.split('/')[2]}` : layer;
}

function main(): void {
  const json = execFileSync(
    join(ROOT, 'node_modules', '.bin', 'depcruise'),
    ['src', '--output-type', 'json', '--no-progress'],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
  );
  const modules = (JSON.parse(json) as { modules: Module[] }).modules;
  const counts = new Map<string, number>();
  let inside = 0;
  for (const module of modules) {
    if (!module.source.startsWith('src/')) continue;
    const kind = TEST.test(module.source) ? 'tests' : 'app code';
    for (const dependency of module.dependencies) {
      if (!dependency.resolved.startsWith('src/') || dependency.resolved.endsWith('.css')) continue;
      const from = layerOf(module.source);
      const to = layerOf(dependency.resolved);
      if (from === to) {
        inside += 1;
        continue;
      }
      const key = `${kind}: ${from} → ${to}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const byLayer = new Map<string, number>();
  for (const [key, n] of counts) {
    const coarse = key.replace(/features\/[^ ]+/g, 'features');
    byLayer.set(coarse, (byLayer.get(coarse) ?? 0) + n);
  }
  const crossFeature = [...counts].filter(([key]) => /features\/\S+ → features\//.test(key));
  console.log('Imports between layers (file → file), src/ only:');
  for (const [key, n] of [...byLayer].sort()) console.log(`  ${String(n).padStart(4)}  ${key}`);
  console.log(`  ${String(inside).padStart(4)}  within one layer (features: within one feature)`);
  console.log(
    `Imports from one feature into another: ${crossFeature.reduce((sum, [, n]) => sum + n, 0)}${crossFeature.length ? ` (${crossFeature.map(([k, n]) => `${k}: ${n}`).join(', ')})` : ''}`,
  );
}

main();

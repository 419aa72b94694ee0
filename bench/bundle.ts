// What the first page load downloads: the entry module, its modulepreloads and static imports (gzip and
// brotli, as servers would send them), what that JavaScript is made of, and the lazy chunks kept out of it.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { charsPerSource, groupOfSource, type SourceMapV3 } from './sourceMap';

export interface AssetSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface GroupShare {
  group: string;
  minifiedChars: number;
  /** The group's share of the minified code applied to the gzip total: an estimate, not a measurement. */
  gzipEstimate: number;
}

export interface LazyChunk extends AssetSize {
  madeOf: string[];
}

export interface BundleReport {
  initialJs: AssetSize[];
  initialJsTotal: AssetSize;
  css: AssetSize[];
  composition: GroupShare[];
  lazy: LazyChunk[];
}

function sizeOf(dist: string, file: string): AssetSize {
  const bytes = readFileSync(join(dist, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

function attribute(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => (m[1] ?? '').replace(/^\//, ''));
}

/** Static imports of a minified ES module chunk (not dynamic import() calls), as dist-relative paths. */
export function staticImports(code: string, fromFile: string): string[] {
  const dir = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/') + 1) : '';
  const found = new Set<string>();
  const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.\/[^"']+\.js)["']/g;
  for (const m of code.matchAll(re)) if (m[1]) found.add(dir + m[1].slice(2));
  return [...found];
}

/** Entry script, modulepreloads and (transitively) their static imports: what runs before first render. */
export function initialScripts(dist: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const queue = [
    ...attribute(html, /<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...attribute(html, /<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  const css = attribute(html, /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(readFileSync(join(dist, file), 'utf8'), file));
  }
  if (seen.size === 0) throw new Error('dist/index.html has no module script');
  return { js: [...seen], css };
}

function groupsOf(dist: string, file: string): Map<string, number> {
  const groups = new Map<string, number>();
  let map: SourceMapV3;
  try {
    map = JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8')) as SourceMapV3;
  } catch {
    groups.set('(no source map)', readFileSync(join(dist, file), 'utf8').length);
    return groups;
  }
  for (const [source, chars] of charsPerSource(map, readFileSync(join(dist, file), 'utf8'))) {
    const group = groupOfSource(source);
    groups.set(group, (groups.get(group) ?? 0) + chars);
  }
  return groups;
}

function sum(sizes: AssetSize[], file: string): AssetSize {
  return sizes.reduce(
    (t, s) => ({ file, raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }),
    { file, raw: 0, gzip: 0, brotli: 0 },
  );
}

export function measureBundle(dist: string): BundleReport {
  const { js, css } = initialScripts(dist);
  const initialJs = js.map((file) => sizeOf(dist, file));
  const initialJsTotal = sum(initialJs, 'initial JavaScript');

  const merged = new Map<string, number>();
  for (const file of js) {
    for (const [group, chars] of groupsOf(dist, file)) merged.set(group, (merged.get(group) ?? 0) + chars);
  }
  const totalChars = [...merged.values()].reduce((a, b) => a + b, 0);
  const composition = [...merged]
    .map(([group, minifiedChars]) => ({
      group,
      minifiedChars,
      gzipEstimate: totalChars > 0 ? (minifiedChars / totalChars) * initialJsTotal.gzip : 0,
    }))
    .sort((a, b) => b.minifiedChars - a.minifiedChars);

  const initial = new Set(js);
  const lazy = readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`)
    .filter((file) => !initial.has(file))
    .map((file) => {
      const groups = [...groupsOf(dist, file)].sort((a, b) => b[1] - a[1]);
      const total = groups.reduce((t, [, c]) => t + c, 0);
      const madeOf = groups
        .filter(([, chars]) => chars / total >= 0.05)
        .map(([group, chars]) => `${group} ${Math.round((chars / total) * 100)}%`);
      return { ...sizeOf(dist, file), madeOf };
    })
    .sort((a, b) => b.gzip - a.gzip);

  return { initialJs, initialJsTotal, css: css.map((file) => sizeOf(dist, file)), composition, lazy };
}

export function shortName(file: string): string {
  return basename(file);
}

// Attributes a bundle's generated code to its original sources with the bundle's source map: every mapped
// segment of generated code, up to the next segment, counts for the source it maps to. This measures the
// minified output each module contributes, which is what the browser downloads and parses.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((ch, i) => [ch, i]));

/** Decodes one segment of base64 VLQ numbers (e.g. "AAgBC" => [0, 0, 16, 1]). */
export function decodeVlqSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = DIGIT.get(ch);
    if (digit === undefined) throw new Error(`invalid base64 VLQ character "${ch}"`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    out.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2);
    value = 0;
    shift = 0;
  }
  if (shift !== 0) throw new Error(`unterminated VLQ segment "${segment}"`);
  return out;
}

export interface SourceMapV3 {
  version: number;
  sources: (string | null)[];
  mappings: string;
  sourceRoot?: string;
}

export const UNMAPPED = '(unmapped)';

/** Generated characters per source path; code no segment maps (or a segment without a source) is UNMAPPED. */
export function charsPerSource(map: SourceMapV3, generated: string): Map<string, number> {
  if (typeof map.mappings !== 'string') throw new Error('index source maps (sections) are not supported');
  const totals = new Map<string, number>();
  const add = (source: string, chars: number) => {
    if (chars > 0) totals.set(source, (totals.get(source) ?? 0) + chars);
  };
  const lines = generated.split('\n');
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0;
  lines.forEach((line, lineNo) => {
    const segments = (mappingLines[lineNo] ?? '').split(',').filter((s) => s !== '');
    let column = 0;
    let spanStart = 0;
    let spanSource = UNMAPPED;
    for (const segment of segments) {
      const fields = decodeVlqSegment(segment);
      column += fields[0] ?? 0;
      add(spanSource, Math.min(column, line.length) - spanStart);
      spanStart = Math.min(column, line.length);
      if (fields.length >= 4) {
        sourceIndex += fields[1] ?? 0;
        spanSource = map.sources[sourceIndex] ?? UNMAPPED;
      } else {
        spanSource = UNMAPPED;
      }
    }
    // The newline belongs to whatever the line ended with.
    add(spanSource, line.length - spanStart + (lineNo < lines.length - 1 ? 1 : 0));
  });
  return totals;
}

/** Groups a source path by npm package (scoped packages kept whole) or by src/ folder. */
export function groupOfSource(path: string): string {
  const normalized = path.replace(/\\/g, '/').replace(/^[a-z]+:\/\/\/?/i, '');
  const nodeModules = normalized.lastIndexOf('node_modules/');
  if (nodeModules >= 0) {
    const parts = normalized.slice(nodeModules + 'node_modules/'.length).split('/');
    const name = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : (parts[0] ?? '');
    return `npm ${name}`;
  }
  const src = /(?:^|\/)src\/(.*)$/.exec(normalized);
  if (src?.[1] !== undefined) {
    const parts = src[1].split('/');
    if (parts.length === 1) return 'src/ (root files)';
    // Layers with slices (src/<layer>/<slice>/…) are grouped by slice; ui/ and testing/ are one slice each.
    if (parts[0] !== 'ui' && parts[0] !== 'testing' && parts.length > 2) return `src/${parts[0]}/${parts[1]}`;
    return `src/${parts[0]}`;
  }
  if (path === UNMAPPED) return UNMAPPED;
  return `other (${normalized.split('/').slice(-2).join('/')})`;
}

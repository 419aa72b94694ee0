// Seeded randomness for the demo generator. mulberry32 is tiny and good enough for picking words;
// determinism across runs matters more here than statistical quality.
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, so the prompt can steer the sequence without a crypto dependency. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Reduces any JSON number (seeds may exceed 32 bits or be negative) to a uint32. */
export function toUint32(n: number): number {
  const t = Math.trunc(n) % 2 ** 32;
  return (t + 2 ** 32) % 2 ** 32;
}

export interface SamplingOptions {
  temperature: number;
  topP?: number;
  topK?: number;
}

export interface Picker {
  /** Options are ordered most-likely first; temperature 0 always returns the first. */
  pick<T>(options: readonly T[]): T;
  /** Like pick, but which option is likeliest depends on the position in the text (not on the seed),
   * the way a real model's next-token ranking depends on context. Keeps greedy output from looping. */
  word<T>(options: readonly T[]): T;
}

// How quickly likelihood falls off with rank at temperature 1: about 70% of picks take the top option,
// which keeps the prose readable while making different seeds diverge within a sentence or two.
const RANK_DECAY = 1.2;

export function createPicker(seed: number, context: number, sampling: SamplingOptions): Picker {
  const random = mulberry32(seed);
  let position = 0;
  const picker: Picker = {
    word<T>(options: readonly T[]): T {
      const shift = mulberry32(context + position++)() * options.length;
      const at = Math.floor(shift);
      return picker.pick([...options.slice(at), ...options.slice(0, at)]);
    },
    pick<T>(options: readonly T[]): T {
      const first = options[0];
      if (first === undefined) throw new Error('pick() needs at least one option');
      if (sampling.temperature <= 0 || options.length === 1) return first;
      const weights = truncate(rankWeights(options.length, sampling.temperature), sampling);
      const total = weights.reduce((s, w) => s + w, 0);
      let r = random() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i] ?? 0;
        if (r <= 0) return options[i] ?? first;
      }
      return options[weights.length - 1] ?? first;
    },
  };
  return picker;
}

function rankWeights(count: number, temperature: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.exp((-i * RANK_DECAY) / temperature));
}

// top_k keeps the k likeliest options; top_p keeps the smallest likeliest prefix reaching that mass.
function truncate(weights: number[], { topK, topP }: SamplingOptions): number[] {
  let kept = weights;
  if (topK !== undefined && topK > 0) kept = kept.slice(0, Math.max(1, Math.floor(topK)));
  if (topP !== undefined && topP > 0 && topP < 1) {
    const total = kept.reduce((s, w) => s + w, 0);
    let mass = 0;
    let end = 0;
    while (end < kept.length && mass / total < topP) mass += kept[end++] ?? 0;
    kept = kept.slice(0, Math.max(1, end));
  }
  return kept;
}

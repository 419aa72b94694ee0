// Test helpers: byte streams cut at chosen places, the way a network delivers them.

/** A body stream that delivers `bytes` in pieces ending at each of `cuts` (byte offsets). */
export function streamOfPieces(bytes: Uint8Array, cuts: number[]): ReadableStream<Uint8Array> {
  const bounds = [0, ...cuts.filter((c) => c > 0 && c < bytes.length), bytes.length];
  const pieces: Uint8Array[] = [];
  for (let i = 1; i < bounds.length; i++) pieces.push(bytes.slice(bounds[i - 1], bounds[i]));
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const piece = pieces.shift();
      if (piece) controller.enqueue(piece);
      else controller.close();
    },
  });
}

/** Every way of cutting `bytes` once, plus one byte per read: the cases where a split can break a decoder. */
export function everySplit(bytes: Uint8Array): number[][] {
  const splits: number[][] = [];
  for (let i = 1; i < bytes.length; i++) splits.push([i]);
  splits.push(Array.from({ length: bytes.length - 1 }, (_, i) => i + 1));
  return splits;
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

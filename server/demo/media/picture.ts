// The demo's "generated" pictures: shapes and colours picked by a seeded PRNG from prompt + seed + index, so
// the same request always draws the same bytes (tests and screenshots stay stable) while another seed, prompt
// or image number visibly differs.
import { hashString, mulberry32, toUint32 } from '../prng';
import { encodeApng, encodePng, type Raster } from './png';

export type PictureStyle = 'flat' | 'gradient' | 'stripes';

export interface PictureInput {
  prompt: string;
  seed: number;
  index: number;
  width: number;
  height: number;
  style?: PictureStyle;
}

export interface AnimationInput extends PictureInput {
  /** How many frames; a few keep the file small. */
  frames?: number;
  frameDelayMs?: number;
}

type Rgb = readonly [number, number, number];

interface Shape {
  kind: 'circle' | 'rect';
  x: number;
  y: number;
  size: number;
  colour: Rgb;
  dx: number;
  dy: number;
}

interface Scene {
  background: Rgb;
  accent: Rgb;
  style: PictureStyle;
  shapes: Shape[];
}

// Clamp so a hostile request cannot make the server allocate a huge raster.
const MAX_SIDE = 2048;
const side = (n: number) => Math.max(1, Math.min(MAX_SIDE, Math.trunc(n) || 1));

function sceneOf(input: PictureInput): Scene {
  const random = mulberry32(
    toUint32(
      hashString(input.prompt) ^ Math.imul(toUint32(input.seed), 0x9e3779b1) ^ (input.index * 0x85ebca6b),
    ),
  );
  const colour = (): Rgb => [
    Math.floor(random() * 256),
    Math.floor(random() * 256),
    Math.floor(random() * 256),
  ];
  const background = colour();
  const accent = colour();
  const count = 3 + Math.floor(random() * 4);
  const shapes = Array.from(
    { length: count },
    (): Shape => ({
      kind: random() < 0.5 ? 'circle' : 'rect',
      x: random(),
      y: random(),
      size: 0.08 + random() * 0.22,
      colour: colour(),
      dx: (random() - 0.5) * 0.1,
      dy: (random() - 0.5) * 0.1,
    }),
  );
  return { background, accent, style: input.style ?? 'flat', shapes };
}

function backgroundAt(scene: Scene, x: number, y: number, width: number, height: number): Rgb {
  const { background: a, accent: b } = scene;
  if (scene.style === 'gradient') {
    const t = height > 1 ? y / (height - 1) : 0;
    return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
  }
  if (scene.style === 'stripes') {
    const band = Math.max(4, Math.round(Math.min(width, height) / 12));
    return Math.floor((x + y) / band) % 2 === 0 ? a : b;
  }
  return a;
}

function draw(scene: Scene, width: number, height: number, frame: number): Raster {
  const pixels = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const c = backgroundAt(scene, x, y, width, height);
      const at = (y * width + x) * 3;
      pixels[at] = c[0];
      pixels[at + 1] = c[1];
      pixels[at + 2] = c[2];
    }
  }
  const unit = Math.min(width, height);
  for (const shape of scene.shapes) {
    // Wrap positions so moving shapes stay in the picture across frames.
    const cx = (((shape.x + shape.dx * frame) % 1) + 1) % 1;
    const cy = (((shape.y + shape.dy * frame) % 1) + 1) % 1;
    const px = cx * width;
    const py = cy * height;
    const r = (shape.size * unit) / 2;
    const x0 = Math.max(0, Math.floor(px - r));
    const x1 = Math.min(width - 1, Math.ceil(px + r));
    const y0 = Math.max(0, Math.floor(py - r));
    const y1 = Math.min(height - 1, Math.ceil(py + r));
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        if (shape.kind === 'circle' && (x - px) ** 2 + (y - py) ** 2 > r * r) continue;
        const at = (y * width + x) * 3;
        pixels[at] = shape.colour[0];
        pixels[at + 1] = shape.colour[1];
        pixels[at + 2] = shape.colour[2];
      }
    }
  }
  return { width, height, pixels };
}

/** A deterministic PNG for one generated image. */
export function demoPicturePng(input: PictureInput): Uint8Array<ArrayBuffer> {
  return encodePng(draw(sceneOf(input), side(input.width), side(input.height), 0));
}

/** A deterministic animated PNG (image/apng) standing in for a generated video: the shapes drift. */
export function demoAnimationApng(input: AnimationInput): Uint8Array<ArrayBuffer> {
  const scene = sceneOf(input);
  const width = side(input.width);
  const height = side(input.height);
  const count = Math.max(1, Math.min(24, Math.trunc(input.frames ?? 6)));
  const frames = Array.from({ length: count }, (_, f) => draw(scene, width, height, f));
  return encodeApng(frames, input.frameDelayMs ?? 200);
}

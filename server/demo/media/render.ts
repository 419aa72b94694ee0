// The files a finished job serves, drawn from its parameters: the pixel sizes are small stand-ins for the
// resolutions named (a demo needs a picture, not megapixels), and each image/clip number gets its own picture.
import { toUint32 } from '../prng.ts';
import { demoAnimationApng, demoPicturePng, type PictureStyle } from './picture.ts';
import type { QueuedJob } from './queue.ts';

export interface RenderedFile {
  bytes: Uint8Array<ArrayBuffer>;
  mimeType: 'image/png' | 'image/apng';
}

const RATIO_SIZES: Record<string, readonly [number, number]> = {
  '1:1': [256, 256],
  '16:9': [384, 216],
  '9:16': [216, 384],
  '4:3': [320, 240],
  '21:9': [448, 192],
};

const STYLES: readonly PictureStyle[] = ['flat', 'gradient', 'stripes'];

const int = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : fallback;

/** The prompt a picture is drawn from; a multi-prompt clip joins its shots. */
export function promptOfParams(params: Record<string, unknown>): string {
  if (typeof params.prompt === 'string') return params.prompt;
  if (Array.isArray(params.multi_prompt))
    return params.multi_prompt.filter((p) => typeof p === 'string').join(' / ');
  return '';
}

export function fileExtension(job: QueuedJob): 'png' | 'apng' {
  return job.endpoint === '/videos/generate' ? 'apng' : 'png';
}

export function renderJobFile(job: QueuedJob, index: number): RenderedFile {
  const { params } = job;
  // Without a seed the demo draws seed 0, so a prompt always gives the same first picture.
  const base = { prompt: promptOfParams(params), seed: toUint32(int(params.seed, 0)), index };
  if (job.endpoint === '/videos/generate') {
    const [width, height] = params.resolution === '1080p' ? [480, 270] : [320, 180];
    const seconds = int(params.duration, 5);
    // Two frames a second, so the animation lasts as long as the clip it stands for.
    const bytes = demoAnimationApng({ ...base, width, height, frames: seconds * 2, frameDelayMs: 500 });
    return { bytes, mimeType: 'image/apng' };
  }
  if (job.model.id === 'sketch-demo') {
    const width = int(params.width, 512);
    const height = int(params.height, 512);
    return { bytes: demoPicturePng({ ...base, width, height, style: 'gradient' }), mimeType: 'image/png' };
  }
  const [width, height] = RATIO_SIZES[String(params.aspect_ratio)] ?? [256, 256];
  const style = STYLES.find((s) => s === params.style) ?? 'flat';
  return { bytes: demoPicturePng({ ...base, width, height, style }), mimeType: 'image/png' };
}

/** The fixed picture behind the capture endpoints' results. */
export function capturedPicture(): RenderedFile {
  return {
    bytes: demoPicturePng({ prompt: 'captured', seed: 0, index: 0, width: 64, height: 64 }),
    mimeType: 'image/png',
  };
}

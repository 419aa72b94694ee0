// The demo's image and video models. They go through the queue (routes.ts); what they draw is picture.ts.
import type { DemoModel } from '../modelTypes.ts';
import { clipSchema, pixelArtSchema, sketchSchema } from './schemas.ts';

// Media models have no answer style or error rate of their own; DemoModel asks for them, and publicModel
// never sends them, so neutral values keep the one catalog type.
const NEUTRAL = { errorRate: 0, answerStyle: 'bare' } as const;

export const DEMO_MEDIA_MODELS: readonly DemoModel[] = [
  {
    id: 'pixel-art-demo',
    object: 'model',
    created: 1748736000,
    owned_by: 'demo',
    display_name: 'Pixel Art (demo)',
    description:
      'Draws a deterministic picture from the prompt and seed, on the server. Goes through the queue; rejects aspect ratio 21:9 at generation time.',
    developer: { name: 'Yoke Demo' },
    capabilities: { input: ['text', 'image'], output: ['image'] },
    pricing: { method: 'per_image', cost_per_image: 0.04 },
    endpoint: '/images/generate',
    request_schema: pixelArtSchema,
    ...NEUTRAL,
  },
  {
    id: 'sketch-demo',
    object: 'model',
    created: 1746057600,
    owned_by: 'demo',
    display_name: 'Sketch (demo)',
    description: 'A cheaper image model sized by width and height instead of an aspect ratio.',
    developer: { name: 'Yoke Demo' },
    capabilities: { input: ['text'], output: ['image'] },
    pricing: { method: 'per_image', cost_per_image: 0.01 },
    endpoint: '/images/generate',
    request_schema: sketchSchema,
    ...NEUTRAL,
  },
  {
    id: 'clip-demo',
    object: 'model',
    created: 1743465600,
    owned_by: 'demo',
    display_name: 'Clip (demo)',
    description:
      'A short deterministic clip (an animated PNG) from a prompt or a list of prompts, priced per second of output.',
    developer: { name: 'Yoke Demo' },
    capabilities: { input: ['text', 'image'], output: ['video'] },
    pricing: {
      method: 'per_video_output_second',
      cost_per_second: 0.1,
      cost_per_second_high_res: 0.2,
      cost_per_second_with_audio: 0.15,
    },
    endpoint: '/videos/generate',
    request_schema: clipSchema,
    ...NEUTRAL,
  },
];

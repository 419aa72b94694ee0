import type { MediaRequest } from '@/lib/api';
import type { MediaKind } from '../mediaTarget';

/** Text that every quoting layer must keep: shell, Python and JS strings, templates, JSON escapes. */
const HOSTILE = `it's "quoted" \\ $(id) \`id\` \${process.exit(3)} {__import__('os')} \n 😀 שלום`;

/** A 150 KB data URL: pushes the cURL body past the command-line argument limit (the here-document form). */
const BIG_IMAGE = `data:image/png;base64,${'iVBORw0KGgo'.repeat(14_000)}`;

/** Submissions as mediaRequest makes them (model first, then the form's params in schema order). */
export const MEDIA_FIXTURES: Record<string, { kind: MediaKind; request: MediaRequest }> = {
  image: {
    kind: 'image',
    request: { model: 'pixel-art-demo', prompt: 'A lighthouse at dusk', aspect_ratio: '16:9', seed: 42 },
  },
  hostile: {
    kind: 'image',
    request: { model: 'pixel-art-demo', prompt: HOSTILE, num_images: 2, seed: 0, style: 'stripes' },
  },
  reference: {
    kind: 'image',
    request: { model: 'pixel-art-demo', prompt: 'Redraw this', image_url: BIG_IMAGE },
  },
  video: {
    kind: 'video',
    request: {
      model: 'clip-demo',
      multi_prompt: ['A cat wakes up', 'The cat stretches'],
      duration: 5,
      resolution: '1080p',
      generate_audio: true,
      seed: 7,
    },
  },
};

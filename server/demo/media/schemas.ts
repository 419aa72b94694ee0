// Media parameter schemas in Oxen's style: `required`, `basic`, `x-order`, and `renderType` on the string
// properties that take a URL or an upload. They differ on purpose (aspect_ratio against width/height, prompt
// against multi_prompt) so the form, the cost maths and the comparison view meet real variety.

const seed = {
  type: 'integer',
  title: 'Seed',
  description: 'The same seed and prompt draw the same picture.',
  minimum: 0,
  maximum: 2147483647,
};

export const PIXEL_ART_RATIOS = ['1:1', '16:9', '9:16', '4:3', '21:9'] as const;

export const pixelArtSchema = {
  type: 'object',
  required: ['prompt'],
  basic: ['prompt', 'aspect_ratio', 'num_images', 'seed'],
  properties: {
    prompt: {
      type: 'string',
      title: 'Prompt',
      description: 'What to draw.',
      minLength: 1,
      'x-order': 0,
    },
    aspect_ratio: {
      type: 'string',
      title: 'Aspect ratio',
      enum: [...PIXEL_ART_RATIOS],
      default: '1:1',
      'x-order': 1,
    },
    num_images: {
      type: 'integer',
      title: 'Number of images',
      minimum: 1,
      maximum: 4,
      default: 1,
      'x-order': 2,
    },
    seed: { ...seed, 'x-order': 3 },
    image_url: {
      type: 'string',
      format: 'uri',
      renderType: 'image-url',
      title: 'Reference image',
      description: 'An image to take the palette from.',
      'x-order': 4,
    },
    style: {
      type: 'string',
      title: 'Style',
      enum: ['flat', 'gradient', 'stripes'],
      default: 'flat',
      'x-order': 5,
    },
  },
};

export const sketchSchema = {
  type: 'object',
  required: ['prompt'],
  basic: ['prompt', 'width', 'height'],
  properties: {
    prompt: { type: 'string', title: 'Prompt', description: 'What to sketch.', minLength: 1, 'x-order': 0 },
    width: { type: 'integer', title: 'Width', minimum: 64, maximum: 1024, default: 512, 'x-order': 1 },
    height: { type: 'integer', title: 'Height', minimum: 64, maximum: 1024, default: 512, 'x-order': 2 },
    seed: { ...seed, 'x-order': 3 },
  },
};

export const clipSchema = {
  type: 'object',
  // Either prompt or multi_prompt, never both: the route checks that (a 422), as Oxen's video models do.
  required: [],
  basic: ['prompt', 'duration', 'resolution', 'generate_audio'],
  properties: {
    prompt: { type: 'string', title: 'Prompt', description: 'What happens in the clip.', 'x-order': 0 },
    multi_prompt: {
      type: 'array',
      title: 'Multi prompt',
      description: 'One prompt per shot, instead of prompt.',
      items: { type: 'string' },
      minItems: 1,
      maxItems: 6,
      'x-order': 1,
    },
    duration: { type: 'integer', title: 'Duration (s)', enum: [5, 10], default: 5, 'x-order': 2 },
    resolution: {
      type: 'string',
      title: 'Resolution',
      enum: ['720p', '1080p'],
      default: '720p',
      'x-order': 3,
    },
    generate_audio: { type: 'boolean', title: 'Generate audio', default: false, 'x-order': 4 },
    num_generations: {
      type: 'integer',
      title: 'Number of clips',
      minimum: 1,
      maximum: 4,
      default: 1,
      'x-order': 5,
    },
    seed: { ...seed, 'x-order': 6 },
    image_url: {
      type: 'string',
      format: 'uri',
      renderType: 'image-url',
      title: 'First frame',
      description: 'An image the clip starts from.',
      'x-order': 7,
    },
  },
};

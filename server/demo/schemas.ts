// Parameter schemas in Oxen's style: `basic` names what to show first, `x-order` orders fields.
// None forbids additional properties: real servers ignore unknown keys, and the common rules in
// validate.ts still check the standard ones.
export const claudeSchema = {
  type: 'object',
  basic: ['temperature', 'max_tokens'],
  properties: {
    temperature: {
      type: 'number',
      title: 'Temperature',
      description: 'Randomness of the reply. Lower is more focused.',
      minimum: 0,
      maximum: 1,
      default: 1,
      'x-order': 1,
    },
    max_tokens: {
      type: 'integer',
      title: 'Max tokens',
      description: 'Upper bound on the number of tokens generated.',
      minimum: 1,
      maximum: 8192,
      default: 1024,
      'x-order': 2,
    },
    top_p: { type: 'number', title: 'Top P', minimum: 0, maximum: 1, 'x-order': 3 },
    top_k: { type: 'integer', title: 'Top K', minimum: 0, 'x-order': 4 },
    stop: {
      type: 'array',
      title: 'Stop sequences',
      items: { type: 'string' },
      'x-order': 5,
    },
  },
};

export const reasoningSchema = {
  type: 'object',
  basic: ['reasoning_effort', 'max_completion_tokens'],
  properties: {
    reasoning_effort: {
      type: 'string',
      title: 'Reasoning effort',
      enum: ['low', 'medium', 'high'],
      default: 'medium',
      'x-order': 1,
    },
    max_completion_tokens: {
      type: 'integer',
      title: 'Max completion tokens',
      description: 'Caps visible output tokens.',
      minimum: 1,
      'x-order': 2,
    },
    seed: { type: 'integer', title: 'Seed', 'x-order': 3 },
  },
};

export const visionSchema = {
  type: 'object',
  basic: ['temperature'],
  $defs: {
    unitInterval: { type: 'number', minimum: 0, maximum: 1 },
    detail: { type: 'string', enum: ['auto', 'low', 'high'], default: 'auto' },
  },
  properties: {
    temperature: { $ref: '#/$defs/unitInterval', title: 'Temperature', default: 0.7, 'x-order': 1 },
    top_p: { $ref: '#/$defs/unitInterval', title: 'Top P', 'x-order': 2 },
    max_tokens: { type: 'integer', title: 'Max tokens', minimum: 1, maximum: 4096, 'x-order': 3 },
    image_detail: { $ref: '#/$defs/detail', title: 'Image detail', 'x-order': 4 },
  },
};

const jsonSchemaFormat = {
  type: 'object',
  title: 'JSON schema',
  required: ['type', 'json_schema'],
  properties: {
    type: { const: 'json_schema' },
    json_schema: {
      type: 'object',
      required: ['name', 'schema'],
      properties: { name: { type: 'string' }, schema: { type: 'object' }, strict: { type: 'boolean' } },
    },
  },
};

export const structuredSchema = {
  type: 'object',
  basic: ['temperature', 'response_format'],
  properties: {
    temperature: { type: 'number', title: 'Temperature', minimum: 0, maximum: 2, default: 1, 'x-order': 1 },
    response_format: {
      title: 'Response format',
      'x-order': 2,
      oneOf: [
        { type: 'object', title: 'Text', required: ['type'], properties: { type: { const: 'text' } } },
        {
          type: 'object',
          title: 'JSON object',
          required: ['type'],
          properties: { type: { const: 'json_object' } },
        },
        jsonSchemaFormat,
      ],
    },
    stop: {
      title: 'Stop',
      'x-order': 3,
      anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, maxItems: 4 }],
    },
    n: { type: 'integer', title: 'Choices', minimum: 1, maximum: 4, default: 1, 'x-order': 4 },
    seed: { type: 'integer', title: 'Seed', 'x-order': 5 },
    frequency_penalty: { type: 'number', minimum: -2, maximum: 2, default: 0, 'x-order': 6 },
    presence_penalty: { type: 'number', minimum: -2, maximum: 2, default: 0, 'x-order': 7 },
    logprobs: { type: 'boolean', title: 'Log probabilities', default: false, 'x-order': 8 },
  },
};

// Unrenderable on purpose: `properties` must be an object and "banana" is no JSON Schema type.
export const brokenSchema = {
  type: 'banana',
  properties: 'temperature, max_tokens',
};

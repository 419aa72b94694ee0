// Parameter schemas in Oxen's style: `basic` names what to show first, `x-order` orders fields.
// None forbids additional properties: real servers ignore unknown keys, and the common rules in
// validate.ts still check the standard ones (toolRules.ts the tool-calling ones, for every model).

// Tool calling as the models that offer it describe it. A schema naming tool_choice (and
// parallel_tool_calls) tells a client which of those the model takes.
const tools = {
  type: 'array',
  title: 'Tools',
  description: 'Functions the model may call.',
  items: {
    type: 'object',
    required: ['type', 'function'],
    properties: {
      type: { const: 'function' },
      function: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', pattern: '^[a-zA-Z0-9_-]{1,64}$' },
          description: { type: 'string' },
          parameters: { type: 'object' },
          strict: { type: 'boolean' },
        },
      },
    },
  },
};

const toolChoice = {
  title: 'Tool choice',
  anyOf: [
    { type: 'string', title: 'Mode', enum: ['auto', 'none', 'required'] },
    {
      type: 'object',
      title: 'A named tool',
      required: ['type', 'function'],
      properties: {
        type: { const: 'function' },
        function: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      },
    },
  ],
};

const parallelToolCalls = {
  type: 'boolean',
  title: 'Parallel tool calls',
  description: 'Whether the model may call several tools in one answer (true when left out).',
};
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
    tools: { ...tools, 'x-order': 6 },
    tool_choice: { ...toolChoice, 'x-order': 7 },
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
      properties: {
        name: { type: 'string', pattern: '^[a-zA-Z0-9_-]{1,64}$' },
        description: { type: 'string' },
        schema: { type: 'object' },
        strict: { type: 'boolean' },
      },
    },
  },
};

const responseFormat = {
  title: 'Response format',
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
    response_format: { ...responseFormat, 'x-order': 4 },
    tools: { ...tools, 'x-order': 5 },
    tool_choice: { ...toolChoice, 'x-order': 6 },
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

export const structuredSchema = {
  type: 'object',
  basic: ['temperature', 'response_format'],
  properties: {
    temperature: { type: 'number', title: 'Temperature', minimum: 0, maximum: 2, default: 1, 'x-order': 1 },
    response_format: { ...responseFormat, 'x-order': 2 },
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
    tools: { ...tools, 'x-order': 9 },
    tool_choice: { ...toolChoice, 'x-order': 10 },
    parallel_tool_calls: { ...parallelToolCalls, 'x-order': 11 },
  },
};

// Unrenderable on purpose: `properties` must be an object and "banana" is no JSON Schema type.
export const brokenSchema = {
  type: 'banana',
  properties: 'temperature, max_tokens',
};

// A small model's short list: the knobs an evaluation sweeps, and structured output for JSON checks.
export const fastSchema = {
  type: 'object',
  basic: ['temperature', 'max_tokens'],
  properties: {
    temperature: { type: 'number', title: 'Temperature', minimum: 0, maximum: 2, default: 1, 'x-order': 1 },
    max_tokens: { type: 'integer', title: 'Max tokens', minimum: 1, maximum: 2048, 'x-order': 2 },
    seed: { type: 'integer', title: 'Seed', 'x-order': 3 },
    response_format: { ...responseFormat, 'x-order': 4 },
  },
};

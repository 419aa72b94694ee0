// Hand-written request schemas in the shape OpenAI's published OpenAPI document gives its chat, completions and
// image requests: the same structure (a root allOf over a shared base in components.schemas, nullable,
// x-oaiTypeLabel, deprecated, oneOf of $ref'd variants, ...) with our own names, wording and values. For tests.

const nullableNumber = (minimum: number, maximum: number, fallback: number, description: string) => ({
  type: 'number',
  minimum,
  maximum,
  default: fallback,
  example: fallback,
  nullable: true,
  description,
});

/** Variants a message can take; only `messages` uses them, and the workbench owns that field. */
const turnSchemas = {
  ChatTurn: {
    oneOf: [
      { $ref: '#/components/schemas/InstructionTurn' },
      { $ref: '#/components/schemas/PersonTurn' },
      { $ref: '#/components/schemas/ModelTurn' },
    ],
    discriminator: { propertyName: 'role' },
    'x-oaiExpandable': true,
  },
  InstructionTurn: {
    type: 'object',
    title: 'Instruction',
    required: ['role', 'content'],
    properties: {
      role: { type: 'string', enum: ['system'] },
      content: { type: 'string', description: 'What the model should keep in mind.' },
    },
  },
  PersonTurn: {
    type: 'object',
    title: 'Person',
    required: ['role', 'content'],
    properties: {
      role: { type: 'string', enum: ['user'] },
      content: {
        oneOf: [{ type: 'string' }, { type: 'array', items: { $ref: '#/components/schemas/TextPiece' } }],
      },
      name: { type: 'string' },
    },
  },
  TextPiece: {
    type: 'object',
    required: ['type', 'text'],
    properties: { type: { type: 'string', enum: ['text'] }, text: { type: 'string' } },
  },
  ModelTurn: {
    type: 'object',
    title: 'Model',
    required: ['role'],
    properties: {
      role: { type: 'string', enum: ['assistant'] },
      content: { type: 'string', nullable: true },
      refusal: { type: 'string', nullable: true, readOnly: true },
    },
  },
  StreamSettings: {
    type: 'object',
    nullable: true,
    default: null,
    properties: { include_usage: { type: 'boolean' } },
  },
};

/** Formats a reply can be asked for, told apart by `type`. */
const formatSchemas = {
  PlainTextFormat: {
    type: 'object',
    title: 'Plain text',
    required: ['type'],
    properties: { type: { type: 'string', enum: ['text'], description: 'Reply in prose.' } },
  },
  JsonObjectFormat: {
    type: 'object',
    title: 'Any JSON object',
    required: ['type'],
    properties: { type: { type: 'string', enum: ['json_object'] } },
  },
  JsonSchemaFormat: {
    type: 'object',
    title: 'JSON matching a schema',
    required: ['type', 'json_schema'],
    properties: {
      type: { type: 'string', enum: ['json_schema'] },
      json_schema: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', maxLength: 64, pattern: '^[a-zA-Z0-9_-]+$' },
          description: { type: 'string' },
          schema: { $ref: '#/components/schemas/LooseSchema' },
          strict: { type: 'boolean', nullable: true, default: false },
        },
      },
    },
  },
  LooseSchema: {
    type: 'object',
    additionalProperties: true,
    description: 'A JSON Schema, passed on as it is.',
    externalDocs: { url: 'https://json-schema.org/understanding-json-schema' },
  },
};

const toolSchemas = {
  CallableTool: {
    type: 'object',
    required: ['type', 'function'],
    properties: {
      type: { type: 'string', enum: ['function'] },
      function: { $ref: '#/components/schemas/ToolSignature' },
    },
  },
  ToolSignature: {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', description: 'How the model names the tool when calling it.' },
      description: { type: 'string' },
      parameters: { $ref: '#/components/schemas/LooseSchema' },
      strict: { type: 'boolean', nullable: true, default: false },
    },
  },
  PickedTool: {
    type: 'object',
    required: ['type', 'function'],
    properties: {
      type: { type: 'string', enum: ['function'] },
      function: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
    },
  },
};

/** The base every generation request shares, itself a base plus extras (as in the published document). */
const sharedSchemas = {
  SharedGenerationFields: {
    allOf: [
      { $ref: '#/components/schemas/GenerationFields' },
      {
        type: 'object',
        properties: {
          top_logprobs: {
            type: 'integer',
            minimum: 0,
            maximum: 20,
            nullable: true,
            description: 'How many likely alternatives to report for each token.',
          },
        },
      },
    ],
  },
  GenerationFields: {
    type: 'object',
    properties: {
      metadata: { $ref: '#/components/schemas/Labels', nullable: true },
      temperature: nullableNumber(0, 2, 1, 'Higher is more adventurous, lower more predictable.'),
      top_p: nullableNumber(
        0,
        1,
        1,
        'Sample only from the likeliest tokens making up this much probability.',
      ),
      user: {
        type: 'string',
        example: 'person-8841',
        deprecated: true,
        description: 'Who is asking, for abuse monitoring.',
        'x-stainless-naming': { python: 'end_user' },
      },
      service_tier: { $ref: '#/components/schemas/Tier' },
    },
  },
  Labels: {
    type: 'object',
    description: 'Up to sixteen short labels to file the request under.',
    maxProperties: 16,
    additionalProperties: { type: 'string', maxLength: 512 },
    'x-oaiTypeLabel': 'map',
  },
  Tier: {
    type: 'string',
    enum: ['auto', 'default', 'flex'],
    default: 'auto',
    nullable: true,
    xml: { name: 'tier' },
  },
  Effort: {
    type: 'string',
    enum: ['minimal', 'low', 'medium', 'high'],
    default: 'medium',
    nullable: true,
    description: 'How hard the model thinks before answering.',
  },
  StopWords: {
    description: 'Where to stop generating: one sequence, or up to four.',
    nullable: true,
    oneOf: [
      { type: 'string', example: '\n\n' },
      { type: 'array', minItems: 1, maxItems: 4, items: { type: 'string', example: '["END"]' } },
    ],
  },
};

const modelChoice = (names: string[]) => ({
  description: 'Which model answers.',
  'x-oaiTypeLabel': 'string',
  anyOf: [{ type: 'string' }, { type: 'string', enum: names }],
});

/** Shaped like CreateChatCompletionRequest. */
export const chatRequest = {
  'x-oaiMeta': { name: 'Create a chat reply', group: 'chat' },
  allOf: [
    { $ref: '#/components/schemas/SharedGenerationFields' },
    {
      type: 'object',
      required: ['model', 'messages'],
      properties: {
        messages: {
          type: 'array',
          minItems: 1,
          items: { $ref: '#/components/schemas/ChatTurn' },
          description: 'The conversation so far.',
        },
        model: modelChoice(['nimbus-large', 'nimbus-small']),
        reasoning_effort: { $ref: '#/components/schemas/Effort' },
        frequency_penalty: nullableNumber(-2, 2, 0, 'Discourage tokens by how often they already appear.'),
        logit_bias: {
          type: 'object',
          nullable: true,
          default: null,
          additionalProperties: { type: 'integer' },
          'x-oaiTypeLabel': 'map',
        },
        max_tokens: {
          type: 'integer',
          nullable: true,
          deprecated: true,
          description: 'Superseded by max_completion_tokens.',
        },
        max_completion_tokens: { type: 'integer', nullable: true, description: 'Most tokens to write.' },
        n: { type: 'integer', minimum: 1, maximum: 128, default: 1, example: 1, nullable: true },
        seed: { type: 'integer', format: 'int64', nullable: true, 'x-oaiMeta': { beta: true } },
        stop: { $ref: '#/components/schemas/StopWords' },
        response_format: {
          description: 'The shape the reply must take.',
          oneOf: [
            { $ref: '#/components/schemas/PlainTextFormat' },
            { $ref: '#/components/schemas/JsonSchemaFormat' },
            { $ref: '#/components/schemas/JsonObjectFormat' },
          ],
          discriminator: { propertyName: 'type' },
        },
        stream: { type: 'boolean', nullable: true, default: false, description: 'Send the reply in pieces.' },
        stream_options: { $ref: '#/components/schemas/StreamSettings' },
        tools: {
          type: 'array',
          description: 'Functions the model may ask to have called.',
          items: { $ref: '#/components/schemas/CallableTool' },
        },
        tool_choice: {
          description: 'Whether, or which, tool the model must call.',
          oneOf: [
            { type: 'string', enum: ['none', 'auto', 'required'] },
            { $ref: '#/components/schemas/PickedTool' },
          ],
        },
        parallel_tool_calls: { type: 'boolean', default: true },
      },
    },
  ],
  components: {
    schemas: { ...sharedSchemas, ...turnSchemas, ...formatSchemas, ...toolSchemas },
  },
};

/** Shaped like CreateCompletionRequest: a flat object, nullable everywhere, `stop` shared by $ref. */
export const completionRequest = {
  type: 'object',
  required: ['model', 'prompt'],
  properties: {
    model: modelChoice(['nimbus-text']),
    prompt: {
      description: 'Text to continue: one string, several, or tokens.',
      nullable: true,
      oneOf: [
        { type: 'string', default: '', example: 'Once upon a time' },
        { type: 'array', items: { type: 'string', default: '' } },
        { type: 'array', minItems: 1, items: { type: 'integer' } },
      ],
    },
    best_of: { type: 'integer', minimum: 0, maximum: 20, default: 1, nullable: true },
    echo: { type: 'boolean', default: false, nullable: true },
    logprobs: { type: 'integer', minimum: 0, maximum: 5, default: null, nullable: true },
    max_tokens: { type: 'integer', minimum: 0, default: 16, example: 16, nullable: true },
    stop: { $ref: '#/components/schemas/StopWords', nullable: true },
    suffix: { type: 'string', default: null, nullable: true, example: 'The end.' },
    temperature: nullableNumber(0, 2, 1, 'Higher is more adventurous, lower more predictable.'),
    stream: { type: 'boolean', default: false, nullable: true },
    user: { type: 'string', example: 'person-8841' },
  },
  components: { schemas: { StopWords: sharedSchemas.StopWords } },
};

/** Shaped like CreateImageRequest: enums with nullable, exclusive bounds written the OpenAPI 3.0 way. */
export const imageRequest = {
  type: 'object',
  required: ['prompt'],
  properties: {
    prompt: { type: 'string', maxLength: 32_000, example: 'A lighthouse on a cliff at dusk, in watercolour' },
    model: { ...modelChoice(['pixel-2', 'pixel-3']), nullable: true, default: 'pixel-2' },
    n: { type: 'integer', minimum: 1, maximum: 10, default: 1, example: 1, nullable: true },
    quality: { type: 'string', enum: ['standard', 'fine', 'auto'], default: 'auto', nullable: true },
    response_format: { type: 'string', enum: ['url', 'b64_json'], default: 'url', nullable: true },
    size: {
      type: 'string',
      enum: ['auto', '512x512', '1024x1024', '1024x1536'],
      default: 'auto',
      nullable: true,
      example: '1024x1024',
    },
    style: { enum: ['vivid', 'natural'], default: 'vivid', nullable: true },
    output_compression: {
      type: 'integer',
      minimum: 0,
      maximum: 100,
      exclusiveMinimum: true,
      default: 100,
      nullable: true,
    },
    background: {
      type: 'string',
      enum: ['transparent', 'opaque', 'auto'],
      default: 'auto',
      nullable: true,
      writeOnly: true,
    },
    user: { type: 'string', example: 'person-8841' },
  },
};

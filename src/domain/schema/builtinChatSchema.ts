// The standard OpenAI chat-completions parameters, used when a model publishes no schema of its own
// (plain OpenAI-compatible servers, or Oxen models whose schema is null). Written in the same shape Oxen uses
// (`basic`, `x-order`) so it goes through exactly the same normalisation as a real schema.

export const builtinChatSchema = {
  type: 'object',
  basic: ['temperature', 'max_tokens'],
  properties: {
    temperature: {
      type: 'number',
      title: 'Temperature',
      description:
        'Sampling temperature. Higher values make the output more random, lower values more focused and deterministic.',
      minimum: 0,
      maximum: 2,
      default: 1,
      'x-order': 1,
    },
    max_tokens: {
      type: 'integer',
      title: 'Max tokens',
      description: 'The maximum number of tokens to generate in the completion.',
      minimum: 1,
      'x-order': 2,
    },
    top_p: {
      type: 'number',
      title: 'Top P',
      description:
        'Nucleus sampling: only the tokens making up the top_p probability mass are considered. Change this or temperature, not both.',
      minimum: 0,
      maximum: 1,
      default: 1,
      'x-order': 3,
    },
    frequency_penalty: {
      type: 'number',
      title: 'Frequency penalty',
      description: 'Positive values penalise tokens by how often they already appear, reducing repetition.',
      minimum: -2,
      maximum: 2,
      default: 0,
      'x-order': 4,
    },
    presence_penalty: {
      type: 'number',
      title: 'Presence penalty',
      description: 'Positive values penalise tokens that already appear at all, encouraging new topics.',
      minimum: -2,
      maximum: 2,
      default: 0,
      'x-order': 5,
    },
    stop: {
      type: 'array',
      title: 'Stop sequences',
      description: 'Up to 4 sequences where the model stops generating further tokens.',
      items: { type: 'string' },
      maxItems: 4,
      'x-order': 6,
    },
    n: {
      type: 'integer',
      title: 'Choices (n)',
      description: 'How many completions to generate for the prompt.',
      minimum: 1,
      default: 1,
      'x-order': 7,
    },
    seed: {
      type: 'integer',
      title: 'Seed',
      description:
        'When set, repeated requests with the same seed and parameters should return the same result.',
      'x-order': 8,
    },
    response_format: {
      type: 'object',
      title: 'Response format',
      description: 'Ask for plain text or for a valid JSON object.',
      oneOf: [
        {
          title: 'Text',
          type: 'object',
          properties: { type: { type: 'string', title: 'Type', const: 'text', default: 'text' } },
          required: ['type'],
        },
        {
          title: 'JSON object',
          type: 'object',
          properties: {
            type: { type: 'string', title: 'Type', const: 'json_object', default: 'json_object' },
          },
          required: ['type'],
        },
      ],
      'x-order': 9,
    },
    logprobs: {
      type: 'boolean',
      title: 'Log probabilities',
      description: 'Return the log probabilities of the output tokens.',
      default: false,
      'x-order': 10,
    },
    top_logprobs: {
      type: 'integer',
      title: 'Top log probabilities',
      description: 'How many most likely tokens to return at each position (needs logprobs).',
      minimum: 0,
      maximum: 20,
      'x-order': 11,
    },
    user: {
      type: 'string',
      title: 'User',
      description: 'A stable identifier for your end user, which helps the provider detect abuse.',
      'x-order': 12,
    },
  },
} as const;

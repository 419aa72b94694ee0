import type { ResponseFormat, ToolDefinition } from '@/domain/conversation';

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

export interface ToolTemplate {
  id: string;
  label: string;
  tool: ToolDefinition;
}

/** Starting points for "Add tool": a worked example to learn the shape from, and an empty one. */
export const TOOL_TEMPLATES: readonly ToolTemplate[] = [
  {
    id: 'weather',
    label: 'get_weather example',
    tool: {
      name: 'get_weather',
      description: 'Get the current weather in a city.',
      parameters: pretty({
        type: 'object',
        properties: {
          city: { type: 'string', description: 'The city, e.g. "Paris"' },
          unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
        },
        required: ['city'],
        additionalProperties: false,
      }),
    },
  },
  {
    id: 'empty',
    label: 'Empty tool',
    tool: { name: '', description: '', parameters: pretty({ type: 'object', properties: {} }) },
  },
];

/** What "JSON schema" starts with when chosen. */
export const STARTER_RESPONSE_FORMAT: Extract<ResponseFormat, { type: 'json_schema' }> = {
  type: 'json_schema',
  name: 'answer',
  strict: true,
  schema: pretty({
    type: 'object',
    properties: { answer: { type: 'string' }, confidence: { type: 'number' } },
    required: ['answer', 'confidence'],
    additionalProperties: false,
  }),
};

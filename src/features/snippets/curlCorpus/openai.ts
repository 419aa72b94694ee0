import type { CurlFixture } from './types';

// OpenAI's API reference (and Azure OpenAI's REST quickstart) in their layout: URL first, the two headers,
// then -d with a pretty-printed body. Written for this corpus; the models and prompts are typical, not quoted.

const raw = String.raw;

export const OPENAI: CurlFixture[] = [
  {
    id: 'openai-chat',
    source: 'OpenAI API reference, Create chat completion',
    shell: 'bash',
    command: raw`curl https://api.openai.com/v1/chat/completions \
  -H "Content-Type: application/json" \
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  -d '{
    "model": "gpt-4.1",
    "messages": [
      {
        "role": "developer",
        "content": "You are a concise assistant."
      },
      {
        "role": "user",
        "content": "Say hello in French."
      }
    ]
  }'`,
    expect: 'imports',
  },
  {
    id: 'openai-stream',
    source: 'OpenAI API reference, Create chat completion (Streaming)',
    shell: 'bash',
    command: raw`curl https://api.openai.com/v1/chat/completions \
  -H "Content-Type: application/json" \
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  -d '{
    "model": "gpt-4.1",
    "messages": [
      {"role": "developer", "content": "You are terse."},
      {"role": "user", "content": "Count to five."}
    ],
    "stream": true
  }'`,
    expect: 'imports',
  },
  {
    id: 'openai-vision',
    source: 'OpenAI API reference, Create chat completion (Image input)',
    shell: 'bash',
    command: raw`curl https://api.openai.com/v1/chat/completions \
  -H "Content-Type: application/json" \
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  -d '{
    "model": "gpt-4.1",
    "messages": [
      {
        "role": "user",
        "content": [
          {"type": "text", "text": "What is in this picture?"},
          {"type": "image_url", "image_url": {"url": "https://example.org/photos/harbour.jpg"}}
        ]
      }
    ],
    "max_tokens": 300
  }'`,
    expect: 'imports',
  },
  {
    id: 'openai-tools',
    source: 'OpenAI API reference, Create chat completion (Functions)',
    shell: 'bash',
    command: raw`curl https://api.openai.com/v1/chat/completions \
-H "Content-Type: application/json" \
-H "Authorization: Bearer $OPENAI_API_KEY" \
-d '{
  "model": "gpt-4.1",
  "messages": [{"role": "user", "content": "Is it raining in Lisbon?"}],
  "tools": [
    {
      "type": "function",
      "function": {
        "name": "current_weather",
        "description": "Weather now at a place",
        "parameters": {
          "type": "object",
          "properties": {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
          "required": ["city"]
        }
      }
    }
  ],
  "tool_choice": "auto"
}'`,
    expect: 'imports',
  },
  {
    id: 'openai-legacy-completions',
    source: 'OpenAI API reference, Completions (legacy): a prompt, no messages',
    shell: 'bash',
    command: raw`curl https://api.openai.com/v1/completions \
  -H "Content-Type: application/json" \
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  -d '{"model": "gpt-3.5-turbo-instruct", "prompt": "Say this is a test", "max_tokens": 7}'`,
    expect: { error: /no "messages" list/ },
  },
  {
    id: 'openai-transcription',
    source: 'OpenAI API reference, Create transcription (multipart -F)',
    shell: 'bash',
    command: raw`curl https://api.openai.com/v1/audio/transcriptions \
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  -H "Content-Type: multipart/form-data" \
  -F file="@/path/to/meeting.mp3" \
  -F model="whisper-1"`,
    expect: { error: /sends no body/ },
  },
  {
    id: 'azure-openai',
    source: 'Azure OpenAI docs, REST quickstart (api-key header, deployment in the URL, no model)',
    shell: 'bash',
    command: raw`curl "$AZURE_OPENAI_ENDPOINT/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21" \
  -H "Content-Type: application/json" \
  -H "api-key: $AZURE_OPENAI_API_KEY" \
  -d '{"messages":[{"role": "system", "content": "You are a helpful assistant."},{"role": "user", "content": "Does Azure OpenAI support customer managed keys?"}]}'`,
    expect: 'imports',
    warns: [/api-key header may hold a secret/, /names no model/],
  },
];

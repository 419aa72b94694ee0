import type { CurlFixture } from './types';

// Hosted OpenAI-compatible APIs, in the layout each one's docs use (line breaks, option spelling, header
// order, quoting). Written for this corpus; the models and prompts are typical, not quoted.

const raw = String.raw;

export const HOSTED: CurlFixture[] = [
  {
    id: 'groq',
    source: 'Groq quickstart',
    shell: 'bash',
    command: raw`curl -X POST "https://api.groq.com/openai/v1/chat/completions" \
     -H "Authorization: Bearer $GROQ_API_KEY" \
     -H "Content-Type: application/json" \
     -d '{"messages": [{"role": "user", "content": "Why do fast language models matter?"}], "model": "llama-3.3-70b-versatile"}'`,
    expect: 'imports',
  },
  {
    id: 'together',
    source: 'Together AI docs, Chat completions',
    shell: 'bash',
    command: raw`curl -X POST "https://api.together.xyz/v1/chat/completions" \
  -H "Authorization: Bearer $TOGETHER_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "model": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    "messages": [
      {"role": "system", "content": "You are a travel guide."},
      {"role": "user", "content": "Three things to see in Porto?"}
    ],
    "max_tokens": 512,
    "temperature": 0.7,
    "top_p": 0.7,
    "top_k": 50,
    "repetition_penalty": 1,
    "stop": ["<|eot_id|>"]
  }'`,
    expect: 'imports',
  },
  {
    id: 'mistral',
    source: 'Mistral docs, Chat completion',
    shell: 'bash',
    command: raw`curl --location "https://api.mistral.ai/v1/chat/completions" \
     --header 'Content-Type: application/json' \
     --header 'Accept: application/json' \
     --header "Authorization: Bearer $MISTRAL_API_KEY" \
     --data '{
    "model": "mistral-large-latest",
    "messages": [{"role": "user", "content": "Name a famous French cheese."}]
  }'`,
    expect: 'imports',
    warns: [/"Accept" was not imported/],
  },
  {
    id: 'openrouter',
    source: 'OpenRouter quickstart',
    shell: 'bash',
    command: raw`curl https://openrouter.ai/api/v1/chat/completions \
  -H "Content-Type: application/json" \
  -H "Authorization: Bearer $OPENROUTER_API_KEY" \
  -H "HTTP-Referer: https://example.org" \
  -H "X-Title: My Example App" \
  -d '{
  "model": "openai/gpt-4o",
  "messages": [
    {
      "role": "user",
      "content": "What is the meaning of life?"
    }
  ]
}'`,
    expect: 'imports',
    warns: [/"HTTP-Referer" was not imported/, /"X-Title" was not imported/],
  },
  {
    id: 'deepseek',
    source: 'DeepSeek API docs, Your first API call',
    shell: 'bash',
    command: [
      'curl https://api.deepseek.com/chat/completions \\',
      '  -H "Content-Type: application/json" \\',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash's ${NAME}, in the command text
      '  -H "Authorization: Bearer ${DEEPSEEK_API_KEY}" \\',
      "  -d '{",
      '        "model": "deepseek-chat",',
      '        "messages": [',
      '          {"role": "system", "content": "You are a helpful assistant."},',
      '          {"role": "user", "content": "Hello!"}',
      '        ],',
      '        "stream": false',
      "      }'",
    ].join('\n'),
    expect: 'imports',
  },
  {
    id: 'perplexity',
    source: 'Perplexity API reference, Chat completions (--request/--url/--header spelled out)',
    shell: 'bash',
    command: raw`curl --request POST \
  --url https://api.perplexity.ai/chat/completions \
  --header 'accept: application/json' \
  --header "authorization: Bearer $PPLX_API_KEY" \
  --header 'content-type: application/json' \
  --data '{
  "model": "sonar",
  "messages": [
    {"role": "system", "content": "Be precise and concise."},
    {"role": "user", "content": "How many moons does Mars have?"}
  ]
}'`,
    expect: 'imports',
  },
  {
    id: 'gemini-openai',
    source: 'Google Gemini API docs, OpenAI compatibility',
    shell: 'bash',
    command: raw`curl "https://generativelanguage.googleapis.com/v1beta/openai/chat/completions" \
-H "Content-Type: application/json" \
-H "Authorization: Bearer $GEMINI_API_KEY" \
-d '{
    "model": "gemini-2.0-flash",
    "messages": [
        {"role": "user", "content": "Explain to me how AI works"}
    ]
    }'`,
    expect: 'imports',
  },
  {
    id: 'vertex-gcloud',
    source: 'Google Cloud Vertex AI docs, OpenAI-compatible Chat Completions (gcloud access token)',
    shell: 'bash',
    command: [
      'curl -X POST \\',
      '  -H "Authorization: Bearer $(gcloud auth print-access-token)" \\',
      '  -H "Content-Type: application/json" \\',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash's ${NAME}, in the command text
      '  https://${LOCATION}-aiplatform.googleapis.com/v1/projects/${PROJECT_ID}/locations/${LOCATION}/endpoints/openapi/chat/completions \\',
      `  -d '{"model": "google/gemini-2.0-flash-001", "messages": [{"role": "user", "content": "Write a haiku about rain."}]}'`,
    ].join('\n'),
    expect: 'imports',
  },
  {
    id: 'xai',
    source: 'xAI docs, Chat completions',
    shell: 'bash',
    command: raw`curl https://api.x.ai/v1/chat/completions \
-H "Content-Type: application/json" \
-H "Authorization: Bearer $XAI_API_KEY" \
-d '{
  "messages": [
    {"role": "system", "content": "You are a test assistant."},
    {"role": "user", "content": "Testing. Just say hi and nothing else."}
  ],
  "model": "grok-3",
  "stream": false,
  "temperature": 0
}'`,
    expect: 'imports',
  },
  {
    id: 'oxen-basic',
    source: 'Oxen.ai model page, Basic parameters',
    shell: 'bash',
    command: raw`curl -X POST https://hub.oxen.ai/api/ai/chat/completions \
  -H "Content-Type: application/json" \
  -H "Authorization: Bearer $OXEN_API_KEY" \
  -d '{
  "model": "claude-sonnet-4-20250514",
  "messages": [
    {
      "role": "user",
      "content": "Hello, what can you do?"
    }
  ],
  "temperature": 0.7,
  "max_tokens": 1024,
  "stream": false
}'`,
    expect: 'imports',
  },
];

import type { CurlFixture } from './types';

// Servers run on one's own machine, in their docs' styles: often no key, sometimes no model (the server
// has one), sometimes no Content-Type.

const raw = String.raw;

export const LOCAL_SERVERS: CurlFixture[] = [
  {
    id: 'ollama-openai',
    source: 'Ollama docs, OpenAI compatibility',
    shell: 'bash',
    command: raw`curl http://localhost:11434/v1/chat/completions \
    -H "Content-Type: application/json" \
    -d '{
        "model": "llama3.2",
        "messages": [
            {
                "role": "system",
                "content": "You are a helpful assistant."
            },
            {
                "role": "user",
                "content": "Hello!"
            }
        ]
    }'`,
    expect: 'imports',
  },
  {
    id: 'ollama-native',
    source: 'Ollama API docs, Generate a chat completion (/api/chat, no Content-Type)',
    shell: 'bash',
    command: raw`curl http://localhost:11434/api/chat -d '{
  "model": "llama3.2",
  "messages": [
    {
      "role": "user",
      "content": "why is the sky blue?"
    }
  ],
  "stream": false
}'`,
    expect: 'imports',
    warns: [/not a chat completions endpoint/],
  },
  {
    id: 'vllm',
    source: 'vLLM docs, OpenAI-compatible server',
    shell: 'bash',
    command: raw`curl http://localhost:8000/v1/chat/completions \
    -H "Content-Type: application/json" \
    -d '{
        "model": "Qwen/Qwen2.5-1.5B-Instruct",
        "messages": [
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": "Who won the world series in 2020?"}
        ]
    }'`,
    expect: 'imports',
  },
  {
    id: 'vllm-transcript',
    source: 'vLLM docs, Quickstart (console transcript: a $ prompt on every line, then the output)',
    shell: 'bash',
    command: raw`$ curl http://localhost:8000/v1/chat/completions \
$     -H "Content-Type: application/json" \
$     -d '{"model": "Qwen/Qwen2.5-1.5B-Instruct", "messages": [{"role": "user", "content": "Hi"}]}'`,
    output:
      '{"id":"chatcmpl-7f3a","object":"chat.completion","created":1735000000,"model":"Qwen/Qwen2.5-1.5B-Instruct","choices":[]}',
    expect: 'imports',
    warns: [/Only the first command was imported/],
  },
  {
    id: 'lmstudio',
    source: 'LM Studio docs, OpenAI compatibility API',
    shell: 'bash',
    command: raw`curl http://localhost:1234/v1/chat/completions \
  -H "Content-Type: application/json" \
  -d '{
    "model": "qwen2.5-7b-instruct",
    "messages": [
      { "role": "system", "content": "Always answer in rhymes." },
      { "role": "user", "content": "What day is it today?" }
    ],
    "temperature": 0.7,
    "max_tokens": -1,
    "stream": false
}'`,
    expect: 'imports',
  },
  {
    id: 'llamacpp-json',
    source: 'llama.cpp server README (--json without model)',
    shell: 'bash',
    command: raw`curl http://localhost:8080/v1/chat/completions \
--json '{"messages": [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": "Write a limerick about python exceptions"}]}'`,
    expect: 'imports',
    warns: [/names no model/],
  },
  {
    id: 'llamacpp-no-key',
    source: 'llama.cpp server README, OpenAI-compatible chat completions (placeholder key "no-key")',
    shell: 'bash',
    command: raw`curl http://localhost:8080/v1/chat/completions \
-H "Content-Type: application/json" \
-H "Authorization: Bearer no-key" \
-d '{
"model": "gpt-3.5-turbo",
"messages": [
{
    "role": "system",
    "content": "You are ChatGPT, an AI assistant. Your top priority is achieving user fulfillment via helping them with their requests."
},
{
    "role": "user",
    "content": "Write a limerick about python exceptions"
}
]
}'`,
    expect: 'imports',
    warns: [/literal API key; it was dropped/],
  },
  {
    id: 'tgi-messages',
    source: 'Hugging Face TGI docs, Messages API (URL without scheme, headers last)',
    shell: 'bash',
    command: raw`curl localhost:8080/v1/chat/completions \
    -X POST \
    -d '{
  "model": "tgi",
  "messages": [
    {
      "role": "system",
      "content": "You are a helpful assistant."
    },
    {
      "role": "user",
      "content": "What is deep learning?"
    }
  ],
  "stream": true,
  "max_tokens": 20
}' \
    -H 'Content-Type: application/json'`,
    expect: 'imports',
  },
];

import type { CurlFixture } from './types';

// The shapes commands take on their way into a paste: here-documents, pipes, transcripts, glued options,
// Windows line ends and tabs, keys read by another program, bodies read from files.

const raw = String.raw;
const pingBody = `'{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "ping"}]}'`;

export const SHELL_FORMS: CurlFixture[] = [
  {
    id: 'heredoc-quoted',
    source: "Yoke API tab, cURL for a large body (--data-binary @- <<'JSON')",
    shell: 'bash',
    command: raw`curl -X POST https://hub.oxen.ai/api/ai/chat/completions \
  -H "Content-Type: application/json" \
  -H "Authorization: Bearer $OXEN_API_KEY" \
  --data-binary @- <<'JSON'
{
  "model": "claude-sonnet-4-20250514",
  "messages": [
    {
      "role": "user",
      "content": "Costs $5, not $(echo 7), ${'`'}echo 8${'`'} or $HOME"
    }
  ]
}
JSON`,
    expect: 'imports',
  },
  {
    id: 'heredoc-eof',
    source: 'READMEs and blog posts: -d @- with an unquoted <<EOF here-document',
    shell: 'bash',
    command: raw`curl -s http://localhost:11434/v1/chat/completions -H 'Content-Type: application/json' -d @- <<EOF
{"model": "llama3.2", "messages": [{"role": "user", "content": "Tell me a joke"}]}
EOF`,
    expect: 'imports',
    warns: [/here-document is unquoted/],
  },
  {
    id: 'heredoc-tabs-json',
    source: 'Shell scripts in READMEs: --json @- <<-EOF with a tab-indented body',
    shell: 'bash',
    command: [
      'curl http://localhost:8080/v1/chat/completions --json @- <<-EOF',
      '\t{',
      '\t\t"messages": [{"role": "user", "content": "Summarise: tabs are stripped"}],',
      '\t\t"temperature": 0.1',
      '\t}',
      '\tEOF',
    ].join('\n'),
    expect: 'imports',
    warns: [/here-document is unquoted/, /names no model/],
  },
  {
    id: 'pipe-jq',
    source: 'Blog posts and READMEs: the reply pretty-printed with | jq .',
    shell: 'bash',
    command: raw`curl -s https://api.openai.com/v1/chat/completions \
  -H "Content-Type: application/json" \
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  -d ${pingBody} | jq .`,
    expect: 'imports',
    warns: [/Stopped at the shell operator "\|"/],
  },
  {
    id: 'pipe-jq-raw',
    source: "Cookbook-style examples: only the answer, with | jq -r '.choices[0].message.content'",
    shell: 'bash',
    command: raw`curl -sS https://api.groq.com/openai/v1/chat/completions -H "Authorization: Bearer $GROQ_API_KEY" -H "Content-Type: application/json" -d '{"model": "llama-3.1-8b-instant", "messages": [{"role": "user", "content": "One word for happy?"}]}' | jq -r '.choices[0].message.content'`,
    expect: 'imports',
    warns: [/Stopped at the shell operator "\|"/],
  },
  {
    id: 'glued-options',
    source: "Stack Overflow answers: glued short options (-sSXPOST, -HContent-Type:..., -d'{...}')",
    shell: 'bash',
    command: raw`curl -sSXPOST https://api.openai.com/v1/chat/completions -HContent-Type:application/json -H"Authorization: Bearer $OPENAI_API_KEY" -d'{"model":"gpt-4o-mini","messages":[{"role":"user","content":"ping"}]}'`,
    expect: 'imports',
  },
  {
    id: 'crlf',
    source: 'A command saved in a Windows editor and pasted back: CRLF line ends',
    shell: 'bash',
    command: [
      'curl https://api.openai.com/v1/chat/completions \\',
      '  -H "Content-Type: application/json" \\',
      '  -H "Authorization: Bearer $OPENAI_API_KEY" \\',
      "  -d '{",
      '    "model": "gpt-4o-mini",',
      '    "messages": [{"role": "user", "content": "CRLF?"}]',
      "  }'",
    ].join('\r\n'),
    expect: 'imports',
  },
  {
    id: 'tabs',
    source: 'Makefiles and scripts: continuation lines indented with tabs',
    shell: 'bash',
    command: [
      'curl\thttps://api.mistral.ai/v1/chat/completions \\',
      '\t-H "Content-Type: application/json" \\',
      '\t-H "Authorization: Bearer $MISTRAL_API_KEY" \\',
      `\t-d '{"model": "mistral-small-latest",\t"messages": [{"role": "user", "content": "tab\\tinside"}]}'`,
    ].join('\n'),
    expect: 'imports',
  },
  {
    id: 'transcript-stream',
    source: 'Server docs: a console transcript of a streamed call ($ prompt, then the data: events)',
    shell: 'bash',
    command: raw`$ curl -N http://localhost:8000/v1/chat/completions \
    -H "Content-Type: application/json" \
    -d '{"model": "Qwen/Qwen2.5-1.5B-Instruct", "messages": [{"role": "user", "content": "Hi"}], "stream": true}'`,
    output: [
      'data: {"id":"chatcmpl-1","choices":[{"index":0,"delta":{"content":"Hello"}}]}',
      '',
      'data: [DONE]',
    ].join('\n'),
    expect: 'imports',
    warns: [/Only the first command was imported/],
  },
  {
    id: 'op-item-get',
    source: '1Password CLI docs style: a key read with op item get into an x-api-key header (nested quotes)',
    shell: 'bash',
    command: raw`curl https://gateway.example.com/v1/chat/completions \
  -H "Content-Type: application/json" \
  -H "x-api-key: $(op item get "Team Gateway" --field credential)" \
  -d ${pingBody}`,
    expect: 'imports',
    warns: [/x-api-key header may hold a secret; it was dropped/],
  },
  {
    id: 'op-read',
    source: '1Password CLI docs, op read with a secret reference (spaces and quotes inside $(...))',
    shell: 'bash',
    command: raw`curl https://api.openai.com/v1/chat/completions \
  -H "Authorization: Bearer $(op read "op://Private/OpenAI API/credential")" \
  -H "Content-Type: application/json" \
  -d ${pingBody}`,
    expect: 'imports',
  },
  {
    id: 'literal-key',
    source: 'Forum posts: a key pasted into the command',
    shell: 'bash',
    command: raw`curl https://api.openai.com/v1/chat/completions -H "Content-Type: application/json" -H "Authorization: Bearer sk-proj-Zx81TestOnlyNotARealKey" -d ${pingBody}`,
    expect: 'imports',
    warns: [/literal API key; it was dropped/],
  },
  {
    id: 'body-from-jq',
    source: 'Blog posts: a body built by jq -n from a shell variable',
    shell: 'bash',
    command: raw`curl https://api.openai.com/v1/chat/completions \
  -H "Content-Type: application/json" \
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  -d "$(jq -n --arg q "$QUESTION" '{model: "gpt-4o-mini", messages: [{role: "user", content: $q}]}')"`,
    expect: { error: /^The body is the output of a command \(-d \$\(jq -n/ },
  },
  {
    id: 'data-file',
    source: 'Google Cloud Vertex AI docs, REST (the body in request.json)',
    shell: 'bash',
    command: raw`curl -X POST \
  -H "Authorization: Bearer $(gcloud auth print-access-token)" \
  -H "Content-Type: application/json; charset=utf-8" \
  -d @request.json \
  "https://us-central1-aiplatform.googleapis.com/v1/projects/my-project/locations/us-central1/endpoints/openapi/chat/completions"`,
    expect: {
      error: /^The body is read from a file \(-d @request\.json\); paste the file's JSON instead\.$/,
    },
  },
  {
    id: 'json-file',
    source: 'everything curl, --json with @file',
    shell: 'bash',
    command: raw`curl --json @chat.json http://localhost:8080/v1/chat/completions`,
    expect: { error: /^The body is read from a file \(--json @chat\.json\)/ },
  },
];

import type { CurlFixture } from './types';

// Hand-written Windows commands. cmd: double quotes only, \" inside, ^ to continue, %NAME% for the key.
// PowerShell: curl.exe with backticks to continue; Windows PowerShell 5.1 needs \" inside '...' to get
// quotes through to curl.exe, PowerShell 7 does not. Invoke-RestMethod and the 5.1 `curl` alias are named in
// the error. Each importable one carries the body of a bash fixture, key order included.

const raw = String.raw;

export const WINDOWS_FORMS: CurlFixture[] = [
  {
    id: 'cmd-handwritten',
    source:
      'Stack Overflow answers for Windows cmd: double quotes, \\" inside, ^ continuations, %GROQ_API_KEY%',
    shell: 'cmd',
    command: raw`curl -X POST "https://api.groq.com/openai/v1/chat/completions" ^
     -H "Authorization: Bearer %GROQ_API_KEY%" ^
     -H "Content-Type: application/json" ^
     -d "{\"messages\": [{\"role\": \"user\", \"content\": \"Why do fast language models matter?\"}], \"model\": \"llama-3.3-70b-versatile\"}"`,
    expect: 'imports',
    sameBodyAs: 'groq',
  },
  {
    id: 'ps51-curl-exe',
    source: 'Windows PowerShell 5.1 answers: curl.exe, \\" inside single quotes, backtick continuations',
    shell: 'powershell',
    command:
      raw`curl.exe http://localhost:1234/v1/chat/completions ` +
      '`\n' +
      raw`  -H "Content-Type: application/json" ` +
      '`\n' +
      raw`  -d '{\"model\": \"qwen2.5-7b-instruct\", \"messages\": [{ \"role\": \"system\", \"content\": \"Always answer in rhymes.\" }, { \"role\": \"user\", \"content\": \"What day is it today?\" }], \"temperature\": 0.7, \"max_tokens\": -1, \"stream\": false}'`,
    expect: 'imports',
    sameBodyAs: 'lmstudio',
  },
  {
    id: 'ps7-curl-exe',
    source: 'PowerShell 7 (PS C:\\> prompt): curl.exe with plain JSON in single quotes and a $env: key',
    shell: 'powershell',
    command: [
      'PS C:\\Users\\dev> curl.exe http://localhost:11434/v1/chat/completions `',
      '  -H "Content-Type: application/json" `',
      '  -H "Authorization: Bearer $env:OLLAMA_API_KEY" `',
      "  -d '{",
      '        "model": "llama3.2",',
      '        "messages": [',
      '            {',
      '                "role": "system",',
      '                "content": "You are a helpful assistant."',
      '            },',
      '            {',
      '                "role": "user",',
      '                "content": "Hello!"',
      '            }',
      '        ]',
      "    }'",
    ].join('\n'),
    expect: 'imports',
    sameBodyAs: 'ollama-openai',
  },
  {
    id: 'ps-invoke-restmethod',
    source: 'Microsoft Learn, Azure OpenAI REST with PowerShell (Invoke-RestMethod and a hashtable body)',
    shell: 'powershell',
    command: [
      '$headers = [ordered]@{ "api-key" = $env:AZURE_OPENAI_API_KEY }',
      '$messages = @(@{ role = "user"; content = "Tell me a joke" })',
      '$body = [ordered]@{ messages = $messages; max_tokens = 100 } | ConvertTo-Json -Depth 5',
      '$response = Invoke-RestMethod -Uri "$env:AZURE_OPENAI_ENDPOINT/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21" `',
      '  -Headers $headers -Body $body -Method Post -ContentType "application/json"',
    ].join('\n'),
    expect: { error: /^This is a PowerShell Invoke-RestMethod command; paste it as cURL \(bash\)/ },
  },
  {
    id: 'ps-curl-alias',
    source: 'Windows PowerShell 5.1, where curl is an alias of Invoke-WebRequest',
    shell: 'powershell',
    command: raw`curl -Uri https://api.openai.com/v1/chat/completions -Method POST -ContentType "application/json" -Headers @{ Authorization = "Bearer $env:OPENAI_API_KEY" } -Body '{"model": "gpt-4o-mini", "messages": []}'`,
    expect: { error: /^This is a PowerShell Invoke-WebRequest command/ },
  },
];

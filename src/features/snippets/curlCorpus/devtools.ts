import type { CurlFixture } from './types';

// Browser DevTools' "Copy as cURL (bash)" and its kin. Chrome (and Edge) quote each value with '...' or, when
// it has a quote, a control character or "!", with $'...'; Firefox and Safari use '...' in their own layouts.
// The requests are Yoke's own page talking to its server at 127.0.0.1:4310. The Windows forms of the same
// requests are in devtoolsWindows.ts.

const raw = String.raw;

export const DEVTOOLS: CurlFixture[] = [
  {
    id: 'chrome-bash',
    source: 'Chrome DevTools Copy as cURL (bash)',
    shell: 'bash',
    command: raw`curl 'http://127.0.0.1:4310/api/chat/completions' \
  -H 'Accept: */*' \
  -H 'Accept-Language: en-US,en;q=0.9' \
  -H 'Connection: keep-alive' \
  -H 'Content-Type: application/json' \
  -H 'Origin: http://127.0.0.1:4310' \
  -H 'Referer: http://127.0.0.1:4310/' \
  -H 'Sec-Fetch-Dest: empty' \
  -H 'Sec-Fetch-Mode: cors' \
  -H 'Sec-Fetch-Site: same-origin' \
  -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36' \
  -H 'sec-ch-ua: "Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-ch-ua-platform: "Linux"' \
  --data-raw '{"model":"plain-demo","messages":[{"role":"user","content":"hi"}]}'`,
    expect: 'imports',
    warns: [/"Sec-Fetch-Site" was not imported/],
  },
  {
    id: 'chrome-bash-ansi-c',
    source: "Chrome DevTools Copy as cURL (bash), body with ' and ! written as $'...' (cookies as -b)",
    shell: 'bash',
    command: raw`curl 'http://127.0.0.1:4310/api/chat/completions' \
  -H 'Accept: */*' \
  -H 'Accept-Language: en-US,en;q=0.9' \
  -H 'Connection: keep-alive' \
  -H 'Content-Type: application/json' \
  -H 'Origin: http://127.0.0.1:4310' \
  -H 'Referer: http://127.0.0.1:4310/' \
  -H 'Sec-Fetch-Dest: empty' \
  -H 'Sec-Fetch-Mode: cors' \
  -H 'Sec-Fetch-Site: same-origin' \
  -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36' \
  -H 'sec-ch-ua: "Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-ch-ua-platform: "Linux"' \
  -b 'yoke_theme=dark; yoke_session=9f8e7d6c' \
  --data-raw $'{"model":"plain-demo","messages":[{"role":"system","content":"Answer in one line."},{"role":"user","content":"Don\'t stop\u0021 50% off?"}],"temperature":0.2}'`,
    expect: 'imports',
    warns: [/Option -b holds credentials; it was dropped/],
  },
  {
    id: 'chrome-bash-newlines',
    source: "Chrome DevTools Copy as cURL (bash), a pretty-printed body (newlines written as \\n in $'...')",
    shell: 'bash',
    command: raw`curl 'http://127.0.0.1:4310/api/chat/completions' \
  -H 'Accept: */*' \
  -H 'Content-Type: application/json' \
  -H 'Origin: http://127.0.0.1:4310' \
  --data-raw $'{\n  "model": "plain-demo",\n  "messages": [\n    {\n      "role": "user",\n      "content": "A naïve café ☕\\nsecond line"\n    }\n  ]\n}'`,
    expect: 'imports',
  },
  {
    id: 'firefox-bash',
    source: 'Firefox DevTools Copy as cURL (POSIX)',
    shell: 'bash',
    command: raw`curl 'http://127.0.0.1:4310/api/chat/completions' \
  --compressed \
  -X POST \
  -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0' \
  -H 'Accept: */*' \
  -H 'Accept-Language: en-US,en;q=0.5' \
  -H 'Accept-Encoding: gzip, deflate, br, zstd' \
  -H 'Referer: http://127.0.0.1:4310/' \
  -H 'Content-Type: application/json' \
  -H 'Origin: http://127.0.0.1:4310' \
  -H 'Connection: keep-alive' \
  -H 'Sec-Fetch-Dest: empty' \
  -H 'Sec-Fetch-Mode: cors' \
  -H 'Sec-Fetch-Site: same-origin' \
  -H 'Priority: u=0' \
  --data-raw '{"model":"plain-demo","messages":[{"role":"user","content":"hi"}]}'`,
    expect: 'imports',
  },
  {
    id: 'safari-bash',
    source: 'Safari Web Inspector Copy as cURL (method quoted, --data-binary)',
    shell: 'bash',
    command: raw`curl 'http://127.0.0.1:4310/api/chat/completions' \
-X 'POST' \
-H 'Content-Type: application/json' \
-H 'Accept: */*' \
-H 'Origin: http://127.0.0.1:4310' \
-H 'User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15' \
--data-binary '{"model":"plain-demo","messages":[{"role":"user","content":"hi"}]}'`,
    expect: 'imports',
  },
];

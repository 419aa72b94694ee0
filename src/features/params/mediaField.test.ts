import { describe, expect, it } from 'vitest';
import { blobKind, MAX_UPLOAD_BYTES, mediaFieldKind, mediaValue, uploadProblem } from './mediaField';

describe('mediaFieldKind', () => {
  it('reads the renderType hint and nothing else', () => {
    expect(mediaFieldKind({ type: 'string', renderType: 'image-url' })).toBe('image');
    expect(mediaFieldKind({ type: 'string', renderType: 'video-url' })).toBe('video');
    expect(mediaFieldKind({ type: 'string', renderType: 'audio-url' })).toBe('audio');
    expect(mediaFieldKind({ type: 'string', format: 'uri' })).toBeNull();
    expect(mediaFieldKind({ renderType: 'textarea' })).toBeNull();
    expect(mediaFieldKind(undefined)).toBeNull();
  });
});

describe('uploadProblem', () => {
  it('takes a file of the field kind within the limit', () => {
    expect(uploadProblem({ size: 1000, type: 'image/png' }, 'image')).toBeNull();
    expect(uploadProblem({ size: MAX_UPLOAD_BYTES, type: 'video/mp4' }, 'video')).toBeNull();
  });
  it('says why a file is refused', () => {
    expect(uploadProblem({ size: MAX_UPLOAD_BYTES + 1, type: 'image/png' }, 'image')).toBe(
      'That file is 10.0 MB; uploads are limited to 10 MB. Host it and paste its URL instead.',
    );
    expect(uploadProblem({ size: 10, type: 'text/plain' }, 'image')).toBe(
      'That file is a text/plain file, not an image.',
    );
    expect(uploadProblem({ size: 10, type: '' }, 'audio')).toBe(
      'That file is of an unknown type, not audio.',
    );
  });
});

describe('mediaValue', () => {
  it('tells data URLs, remote URLs and the rest apart', () => {
    expect(mediaValue('')).toEqual({ shape: 'empty' });
    expect(mediaValue(undefined)).toEqual({ shape: 'empty' });
    expect(mediaValue('data:image/png;base64,AAAA')).toEqual({
      shape: 'data',
      kind: 'image',
      mimeType: 'image/png',
    });
    expect(mediaValue('data:text/plain,hi')).toEqual({ shape: 'data', kind: null, mimeType: 'text/plain' });
    expect(mediaValue(' https://example.com/a b.png ')).toEqual({
      shape: 'remote',
      url: 'https://example.com/a%20b.png',
    });
    expect(mediaValue('ftp://example.com/x.png')).toEqual({ shape: 'other' });
    expect(mediaValue('not a url')).toEqual({ shape: 'other' });
  });
});

describe('blobKind', () => {
  it('follows the fetched type, or the field kind when there is none', () => {
    expect(blobKind('video/mp4', 'image')).toBe('video');
    expect(blobKind('', 'audio')).toBe('audio');
    expect(blobKind('application/pdf', 'image')).toBeNull();
  });
});

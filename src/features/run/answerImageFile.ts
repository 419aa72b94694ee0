// The file name an answer's image is downloaded as: its position and the extension of its type.

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/apng': 'png',
  'image/jpeg': 'jpg',
  'image/jpg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/bmp': 'bmp',
};

/** The MIME type of a data: URL ('' when it is not one). */
export function dataUrlType(url: string): string {
  const match = /^data:([^;,]+)[;,]/i.exec(url);
  return match?.[1]?.toLowerCase() ?? '';
}

/** "answer-image-2.png"; an unknown type gets no guess at an extension beyond "img". */
export function answerImageFileName(position: number, type: string): string {
  return `answer-image-${position}.${EXTENSIONS[type.toLowerCase()] ?? 'img'}`;
}

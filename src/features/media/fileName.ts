const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/apng': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/quicktime': 'mov',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
};

/** A download's file name from the prompt: a few words a file system accepts everywhere (no path separators,
 * no control or reserved characters), numbered when a job made several, with the extension of the real type. */
export function downloadName(prompt: string, mimeType: string, index: number, count: number): string {
  const words = prompt
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const base = words || 'generation';
  const numbered = count > 1 ? `${base}-${index + 1}` : base;
  const type = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  const ext = EXTENSIONS[type] ?? (type.startsWith('video/') ? 'mp4' : 'png');
  return `${numbered}.${ext}`;
}

/** The alt text of one output: the prompt, numbered when there are several ("a cat (2 of 3)"). */
export function outputAlt(prompt: string, index: number, count: number): string {
  const text = prompt.trim() || 'Generated result';
  return count > 1 ? `${text} (${index + 1} of ${count})` : text;
}

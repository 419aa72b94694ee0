import type { MediaRequest } from '@/lib/api';
import { jsKeyExpression } from './javascriptFetch';
import { toJsLiteral } from './jsLiteral';
import { type MediaKind, pollSeconds, queueUrl } from './mediaTarget';
import type { SnippetOptions, SnippetTarget } from './types';
import { wireBody } from './wireBody';

/**
 * JavaScript (Node 20 ES module: top-level await, global fetch): the submission, its body passed through
 * JSON.stringify exactly as the app does, then a polling loop per generation that prints the result URLs,
 * or the error message on stderr with exit status 1.
 */
export function toMediaJavaScript(
  request: MediaRequest,
  target: SnippetTarget,
  opts: SnippetOptions,
  kind: MediaKind,
): string {
  const url = queueUrl(target);
  const body = toJsLiteral(wireBody(request), { compact: opts.compact, baseIndent: 2 });
  const seconds = pollSeconds(kind);
  return [
    'const headers = {',
    '  "Content-Type": "application/json",',
    `  "Authorization": \`Bearer \${${jsKeyExpression(target)}}\`,`,
    '};',
    '',
    '// Submit the generation: the answer lists one generation id per job.',
    `const response = await fetch(${JSON.stringify(url)}, {`,
    '  method: "POST",',
    '  headers,',
    `  body: JSON.stringify(${body}),`,
    '});',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: this is the snippet's source text, printed as is.
    'if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);',
    'const { generations } = await response.json();',
    '',
    'for (const generation of generations) {',
    `  // Poll every ${seconds} s until the job is final: succeeded, failed or cancelled.`,
    '  for (;;) {',
    `    const poll = await fetch(${JSON.stringify(`${url}/`)} + generation.generation_id, { headers });`,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: this is the snippet's source text, printed as is.
    '    if (!poll.ok) throw new Error(`HTTP ${poll.status}: ${await poll.text()}`);',
    '    const job = await poll.json();',
    '    if (job.status === "succeeded") {',
    '      console.log((job.result_urls?.length ? job.result_urls : [job.result_url]).join("\\n"));',
    '      break;',
    '    }',
    '    if (job.status === "failed" || job.status === "cancelled") {',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: this is the snippet's source text, printed as is.
    '      console.error(`${job.status}: ${job.error_message}`);',
    '      process.exit(1);',
    '    }',
    `    await new Promise((resolve) => setTimeout(resolve, ${seconds * 1000}));`,
    '  }',
    '}',
  ].join('\n');
}

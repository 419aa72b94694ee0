import type { MediaRequest } from '@/lib/api';
import { type MediaKind, pollSeconds, queueUrl } from './mediaTarget';
import { pythonString, toPythonLiteral } from './pythonLiteral';
import { pythonKeyExpression } from './pythonRequests';
import type { SnippetOptions, SnippetTarget } from './types';
import { wireBody } from './wireBody';

/**
 * Python `requests`: the submission in the model pages' layout (`json=` serialises the literal with
 * json.dumps, key order kept), then a `while True` polling loop per generation that prints the result URLs,
 * or the error message on stderr with exit status 1.
 */
export function toMediaPython(
  request: MediaRequest,
  target: SnippetTarget,
  opts: SnippetOptions,
  kind: MediaKind,
): string {
  const url = queueUrl(target);
  const body = toPythonLiteral(wireBody(request), { compact: opts.compact, baseIndent: 4 });
  const auth = `"Authorization": f"Bearer {${pythonKeyExpression(target)}}",`;
  const seconds = pollSeconds(kind);
  return [
    'import os',
    'import sys',
    'import time',
    'import requests',
    '',
    '# Submit the generation: the answer lists one generation id per job.',
    'response = requests.post(',
    `    ${pythonString(url)},`,
    '    headers={',
    '        "Content-Type": "application/json",',
    `        ${auth}`,
    '    },',
    `    json=${body},`,
    ')',
    'response.raise_for_status()',
    '',
    'for generation in response.json()["generations"]:',
    `    # Poll every ${seconds} s until the job is final: succeeded, failed or cancelled.`,
    '    while True:',
    '        poll = requests.get(',
    `            ${pythonString(`${url}/`)} + generation["generation_id"],`,
    `            headers={${auth.slice(0, -1)}},`,
    '        )',
    '        poll.raise_for_status()',
    '        job = poll.json()',
    '        if job["status"] == "succeeded":',
    '            for url in job.get("result_urls") or [job.get("result_url")]:',
    '                print(url)',
    '            break',
    '        if job["status"] in ("failed", "cancelled"):',
    '            print(job["status"] + ": " + str(job.get("error_message")), file=sys.stderr)',
    '            sys.exit(1)',
    `        time.sleep(${seconds})`,
  ].join('\n');
}

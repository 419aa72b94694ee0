import type { MediaRequest } from '@/lib/api';
import { CURL_ARGUMENT_LIMIT, HEREDOC_DELIMITER, shellSingleQuote, shellWord } from './curl';
import { assertEnvVarName } from './envVar';
import { jsonText } from './escapeInvisible';
import { type MediaKind, pollSeconds, queueUrl } from './mediaTarget';
import type { SnippetOptions, SnippetTarget } from './types';
import { wireBody } from './wireBody';

/** JSON is read with python3 (present wherever the Python snippet runs; jq often is not): the first of the
 * named members that is set, a list one item a line. */
const JSON_FIELD = [
  '# Prints the first of the named members of the JSON on standard input that is set (a list: an item a line).',
  'json_field() {',
  "  python3 -c 'import json, sys",
  'job = json.load(sys.stdin)',
  'value = next((job[k] for k in sys.argv[1:] if job.get(k)), [])',
  'print(*(value if isinstance(value, list) else [value]), sep="\\n")\' "$@"',
  '}',
];

const GENERATION_IDS =
  'python3 -c \'import json, sys; print(*(g["generation_id"] for g in json.load(sys.stdin)["generations"]))\'';

/**
 * bash: the submission in the model pages' cURL layout (inside `$(...)` to keep the answer), then a polling
 * loop per generation that prints the result URLs, or the error message on stderr with exit status 1.
 * `--fail-with-body` makes an HTTP error fail the command while keeping the server's message to show. The key
 * stays in the environment, expanded by bash at run time.
 */
export function toMediaCurl(
  request: MediaRequest,
  target: SnippetTarget,
  opts: SnippetOptions,
  kind: MediaKind,
): string {
  const envVar = assertEnvVarName(target.keyEnvVar);
  const url = queueUrl(target);
  const body = jsonText(wireBody(request), opts.compact);
  const auth = `-H "Authorization: Bearer $${envVar}"`;
  const head = [
    `submission=$(curl -sS --fail-with-body -X POST ${shellWord(url)} \\`,
    `  -H "Content-Type: application/json" \\`,
    `  ${auth} \\`,
  ];
  const fail = `|| { echo "Submit failed: $submission" >&2; exit 1; }`;
  // Above the argument limit the body goes on standard input from a quoted here-document (see toCurl).
  const submit =
    new TextEncoder().encode(body).length > CURL_ARGUMENT_LIMIT
      ? [...head, `  --data-binary @- <<'${HEREDOC_DELIMITER}'`, body, HEREDOC_DELIMITER, `) ${fail}`]
      : [...head, `  -d ${shellSingleQuote(body)}) ${fail}`];
  const seconds = pollSeconds(kind);
  return [
    '# Submit the generation: the answer lists one generation id per job.',
    ...submit,
    `ids=$(printf '%s' "$submission" | ${GENERATION_IDS})`,
    '',
    ...JSON_FIELD,
    '',
    'for id in $ids; do',
    `  # Poll every ${seconds} s until the job is final: succeeded, failed or cancelled.`,
    '  while true; do',
    `    job=$(curl -sS --fail-with-body ${shellWord(`${url}/`)}"$id" \\`,
    `      ${auth}) || { echo "Poll failed: $job" >&2; exit 1; }`,
    `    status=$(printf '%s' "$job" | json_field status)`,
    '    case "$status" in',
    `      succeeded) printf '%s' "$job" | json_field result_urls result_url; break ;;`,
    `      failed | cancelled) echo "$status: $(printf '%s' "$job" | json_field error_message)" >&2; exit 1 ;;`,
    '    esac',
    `    sleep ${seconds}`,
    '  done',
    'done',
  ].join('\n');
}

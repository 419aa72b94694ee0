import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CapturedRequest } from '../../../server/capture';
import { CURL_CORPUS, type CurlFixture, pastedText } from './curlCorpus';
import { importRequest } from './importRequest';
import { type CaptureServer, startCaptureServer } from './testing/captureServer';
import { randomKey, runProgram, snippetEnv } from './testing/runProgram';

// The corpus of published-style cURL commands. Each is imported; each bash one that should import is also
// run for real — bash and curl, pointed at the project's server — and the body curl sent must be the
// imported request: same members, same values, same order. cmd and PowerShell cannot run here: they must
// import to the body their bash sibling really sent.

let server: CaptureServer;
let stubs: string;
let hasJq = false;

beforeAll(async () => {
  server = await startCaptureServer();
  // Stand-ins for the programs some commands run to get a key, so a real gcloud or op is never called.
  stubs = mkdtempSync(join(tmpdir(), 'yoke-corpus-'));
  for (const name of ['gcloud', 'op']) {
    writeFileSync(join(stubs, name), `#!/bin/sh\necho stub-${name}-secret\n`);
    chmodSync(join(stubs, name), 0o755);
  }
  hasJq = (await runProgram('sh', ['-c', 'command -v jq'], snippetEnv('x'))).code === 0;
});
afterAll(async () => {
  await server?.close();
  if (stubs) rmSync(stubs, { recursive: true, force: true });
});

/** The chat endpoint in a command: a URL (maybe without scheme, maybe starting with $VAR) ending there. */
const ENDPOINT =
  /(?:https?:\/\/|\$\{?\w+\}?|localhost:\d+)[^\s'"^]*?\/(?:chat\/completions|api\/chat)(?:\?[^\s'"^]*)?(?=[\s'"^]|$)/;
/** Variables a command may use that are not keys. */
const NOT_KEYS = new Set(['HOME', 'PATH', 'PWD']);

/** The command as it is run: pointed at the capture server, without prompts and CRs (bash would read a CR
 * as part of a word; a user runs dos2unix), with a JSON Content-Type when it has none (the server refuses
 * other bodies as cross-site writes; the body is unchanged) and without `| jq` when jq is missing. */
function runnable(fixture: CurlFixture, chatUrl: string): string {
  let text = fixture.command.replace(/\r\n/g, '\n');
  if (/^\s*\$\s/.test(text)) text = text.replace(/^[ \t]*\$[ \t]+/gm, '');
  const endpoint = ENDPOINT.exec(text)?.[0];
  if (endpoint === undefined)
    throw new Error(`${fixture.id}: no chat endpoint to point at the capture server`);
  text = text.replace(endpoint, () => chatUrl);
  // DevTools copies also name the page's origin (Origin, Referer): the server checks it against its own.
  if (/^https?:/.test(endpoint)) text = text.split(new URL(endpoint).origin).join(new URL(chatUrl).origin);
  if (!/content-type:\s*application\/json|--json/i.test(text)) {
    text = text.replace(/^curl\b/, "curl -H 'Content-Type: application/json'");
  }
  return hasJq ? text : text.replace(/\s*\|\s*jq\b.*$/s, '');
}

interface Run {
  sent: CapturedRequest;
  env: NodeJS.ProcessEnv;
}

let tokens = 0;
const runs = new Map<string, Promise<Run>>();

async function run(fixture: CurlFixture): Promise<Run> {
  const token = `corpus-${process.pid}-${++tokens}`;
  const env = snippetEnv(randomKey());
  env.PATH = `${stubs}:${env.PATH ?? ''}`;
  // Every variable the command reads gets a fresh random value: a real key in this environment is never sent.
  for (const [, name] of fixture.command.matchAll(/\$\{?([A-Za-z_]\w*)/g)) {
    if (name !== undefined && !NOT_KEYS.has(name)) env[name] = randomKey();
  }
  const result = await runProgram('bash', ['-c', runnable(fixture, server.targetFor(token).chatUrl)], env);
  expect(result.code, `${fixture.id}: ${result.stderr}`).toBe(0);
  const captured = await server.captured(token);
  expect(captured, `${fixture.id} sent ${captured.length} requests`).toHaveLength(1);
  return { sent: captured[0] as CapturedRequest, env };
}

/** Each bash fixture runs once, also when a cmd or PowerShell sibling needs its body. */
function runOnce(fixture: CurlFixture): Promise<Run> {
  let pending = runs.get(fixture.id);
  if (pending === undefined) {
    pending = run(fixture);
    runs.set(fixture.id, pending);
  }
  return pending;
}

const importable = CURL_CORPUS.filter((f) => f.expect === 'imports');
const matched = new Set<string>();

describe('cURL corpus', () => {
  it.each(CURL_CORPUS.map((f) => [f.id, f] as const))('%s', async (_id, fixture) => {
    const result = importRequest(pastedText(fixture));
    for (const pattern of fixture.warns ?? []) {
      expect(
        result.warnings.some((w) => pattern.test(w)),
        `${pattern} in ${result.warnings}`,
      ).toBe(true);
    }
    // Secrets in the commands (a pasted key, a session cookie) are dropped, never echoed.
    expect(JSON.stringify(result)).not.toMatch(/sk-proj-|9f8e7d6c|stub-\w+-secret/);
    if (fixture.expect !== 'imports') {
      expect(result.request).toBeNull();
      expect(result.error).toMatch(fixture.expect.error);
      return;
    }
    expect(result.error).toBeUndefined();
    expect(result.source).toBe('curl');
    const bash = fixture.shell === 'bash' ? fixture : CURL_CORPUS.find((f) => f.id === fixture.sameBodyAs);
    if (bash?.shell !== 'bash' || bash.expect !== 'imports')
      throw new Error(`${fixture.id}: no bash sibling`);
    const { sent, env } = await runOnce(bash);
    const body: unknown = JSON.parse(sent.body);
    expect(result.request).toEqual(body);
    expect(JSON.stringify(result.request)).toBe(JSON.stringify(body)); // the pasted member order is kept
    const key = /Authorization: Bearer \$\{?(\w+)\}?/i.exec(bash.command)?.[1];
    if (key !== undefined) expect(sent.headers.authorization).toBe(`Bearer ${env[key]}`);
    matched.add(fixture.id);
  });

  it('has at least 30 fixtures, and every importable one matched what curl sent', () => {
    const counts: Record<string, number> = {};
    for (const f of CURL_CORPUS) {
      const kind = `${f.shell} ${f.expect === 'imports' ? 'imports' : 'error'}`;
      counts[kind] = (counts[kind] ?? 0) + 1;
    }
    console.log(`cURL corpus: ${CURL_CORPUS.length} fixtures, ${matched.size} matched`, counts);
    expect(CURL_CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CURL_CORPUS.map((f) => f.id)).size).toBe(CURL_CORPUS.length);
    expect([...matched].sort()).toEqual(importable.map((f) => f.id).sort());
  });
});

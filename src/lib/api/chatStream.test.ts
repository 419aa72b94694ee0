import { describe, expect, it } from 'vitest';
import { decodeSse } from '@/lib/sse';
import { everySplit, streamOfPieces } from '@/testing';
import { chatChunksFromSse, chunkFromCompletion, TRUNCATED_STREAM_MESSAGE } from './chatStream';
import { ApiError } from './errors';
import type { ChatCompletion, ChatCompletionChunk } from './types';

const encode = (text: string) => new TextEncoder().encode(text);

function chunk(content: string, finish: string | null = null): string {
  return JSON.stringify({
    id: 'c1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'm',
    choices: [{ index: 0, delta: { content }, finish_reason: finish }],
  });
}

/** Runs `text` through the real SSE decoder and the chunk interpreter; returns what came out and how it ended. */
async function run(text: string, cuts: number[] = []) {
  const contents: string[] = [];
  let error: unknown;
  try {
    for await (const c of chatChunksFromSse(decodeSse(streamOfPieces(encode(text), cuts)), 200)) {
      contents.push(c.choices.map((choice) => choice.delta.content ?? '').join(''));
    }
  } catch (e) {
    error = e;
  }
  return { contents, error };
}

describe('chatChunksFromSse', () => {
  it('yields each chunk and ends normally at [DONE], however the bytes are split', async () => {
    const text = `data: ${chunk('Héllo')}\r\n\r\n: ping\n\ndata: ${chunk(' wörld 🌍', 'stop')}\n\ndata: [DONE]\n\n`;
    const bytes = encode(text);
    for (const cuts of [[], ...everySplit(bytes)]) {
      const { contents, error } = await run(text, cuts);
      expect(error, `cuts ${cuts.join(',')}`).toBeUndefined();
      expect(contents).toEqual(['Héllo', ' wörld 🌍']);
    }
  });

  it('ignores anything after [DONE]', async () => {
    const { contents, error } = await run(`data: ${chunk('a')}\n\ndata: [DONE]\n\ndata: not json\n\n`);
    expect(error).toBeUndefined();
    expect(contents).toEqual(['a']);
  });

  it('throws a stream error when the stream ends without [DONE], after yielding what arrived', async () => {
    const text = `data: ${chunk('partial ')}\n\ndata: ${chunk('output')}\n\ndata: {"id":"c1","cho`;
    for (const cuts of [[], ...everySplit(encode(text))]) {
      const { contents, error } = await run(text, cuts);
      expect(contents).toEqual(['partial ', 'output']);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ kind: 'stream', status: 200, message: TRUNCATED_STREAM_MESSAGE });
    }
  });

  it('throws the server message for an error object mid-stream', async () => {
    const text = `data: ${chunk('one')}\n\ndata: {"error":{"message":"Model overloaded","type":"server_error"}}\n\n`;
    const { contents, error } = await run(text);
    expect(contents).toEqual(['one']);
    expect(error).toMatchObject({ kind: 'stream', serverMessage: 'Model overloaded' });
    expect((error as Error).message).toContain('Model overloaded');
  });

  it('throws for an Oxen-shaped error mid-stream', async () => {
    const oxen =
      '{"error":{"type":"upstream","title":"Bad Gateway","detail":"Upstream failed"},"status":"error"}';
    const { error } = await run(`data: ${chunk('x')}\n\ndata: ${oxen}\n\n`);
    expect(error).toMatchObject({ kind: 'stream', serverMessage: 'Upstream failed' });
  });

  it('throws for an SSE `event: error`', async () => {
    const { contents, error } = await run(`data: ${chunk('x')}\n\nevent: error\ndata: rate limited\n\n`);
    expect(contents).toEqual(['x']);
    expect(error).toMatchObject({ kind: 'stream', serverMessage: 'rate limited' });
  });

  it('throws for data that is not JSON', async () => {
    const { contents, error } = await run(`data: ${chunk('x')}\n\ndata: hello there\n\n`);
    expect(contents).toEqual(['x']);
    expect(error).toMatchObject({ kind: 'stream', body: 'hello there' });
    expect((error as Error).message).toContain('not JSON');
  });

  it('throws for JSON that is not an object', async () => {
    const { error } = await run('data: [1,2]\n\n');
    expect(error).toMatchObject({ kind: 'stream' });
    expect((error as Error).message).toContain('not a chat completion chunk');
  });

  it('gives a usage-only chunk without choices an empty choices list', async () => {
    const usage = { prompt_tokens: 3, completion_tokens: 5, total_tokens: 8 };
    const chunks: ChatCompletionChunk[] = [];
    const events = decodeSse(
      streamOfPieces(encode(`data: ${JSON.stringify({ usage })}\n\ndata: [DONE]\n\n`), []),
    );
    for await (const c of chatChunksFromSse(events, 200)) chunks.push(c);
    expect(chunks).toEqual([{ usage, choices: [] }]);
  });

  it('skips empty data events', async () => {
    const { contents, error } = await run(`data:\n\ndata: ${chunk('y')}\n\ndata: [DONE]\n\n`);
    expect(error).toBeUndefined();
    expect(contents).toEqual(['y']);
  });
});

describe('chunkFromCompletion', () => {
  it('turns a completion into one equivalent chunk', () => {
    const completion: ChatCompletion = {
      id: 'x',
      object: 'chat.completion',
      created: 5,
      model: 'm',
      choices: [
        { index: 0, message: { role: 'assistant', content: 'Hi' }, finish_reason: 'stop' },
        { index: 1, message: { role: 'assistant', content: null }, finish_reason: 'length' },
      ],
      usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 },
    };
    expect(chunkFromCompletion(completion)).toEqual({
      id: 'x',
      object: 'chat.completion.chunk',
      created: 5,
      model: 'm',
      choices: [
        { index: 0, delta: { role: 'assistant', content: 'Hi' }, finish_reason: 'stop' },
        { index: 1, delta: { role: 'assistant', content: null }, finish_reason: 'length' },
      ],
      usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 },
    });
  });
});

// Response shapes as OpenAI-compatible servers other than OpenAI send them (recorded from the servers or their
// documented examples, written down here field by field), read by the edge readers. Each is a way a real server
// once made the workbench show an empty "Done" or lose a figure.
import { describe, expect, it } from 'vitest';
import { errorMessageFromBody } from '../errors';
import { readChunk, readCompletion } from './completions';

function completion(raw: Record<string, unknown>) {
  const notes: string[] = [];
  return { completion: readCompletion(raw, notes), notes };
}
function chunk(raw: Record<string, unknown>) {
  const notes: string[] = [];
  return { chunk: readChunk(raw, notes), notes };
}

describe('non-streamed answers', () => {
  it('a mock server that omits the choice index (as @dwmkerr/mock-llm does): index 0', () => {
    const { completion: read } = completion({
      id: 'chatcmpl-mock',
      object: 'chat.completion',
      created: 1_733_000_000,
      model: 'gpt-4o',
      choices: [{ message: { role: 'assistant', content: 'Hello! How can I help?' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 9, completion_tokens: 6, total_tokens: 15 },
    });
    expect(read?.choices).toEqual([
      { index: 0, message: { role: 'assistant', content: 'Hello! How can I help?' }, finish_reason: 'stop' },
    ]);
  });

  it('Ollama: an extra system_fingerprint is ignored, usage read at the top', () => {
    const { completion: read, notes } = completion({
      id: 'chatcmpl-394',
      object: 'chat.completion',
      created: 1_733_000_001,
      model: 'llama3.2',
      system_fingerprint: 'fp_ollama',
      choices: [{ index: 0, message: { role: 'assistant', content: 'Hi.' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 26, completion_tokens: 3, total_tokens: 29 },
    });
    expect(read?.usage).toEqual({ prompt_tokens: 26, completion_tokens: 3, total_tokens: 29 });
    expect(notes).toEqual([]);
  });

  it('content as a list of parts (Mistral reasoning models): the text parts, the thinking part as reasoning', () => {
    const { completion: read, notes } = completion({
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: [
              { type: 'thinking', thinking: [{ type: 'text', text: 'hidden' }] },
              { type: 'text', text: 'The answer is 4.' },
            ],
          },
          finish_reason: 'stop',
        },
      ],
    });
    expect(read?.choices[0]?.message.content).toBe('The answer is 4.');
    // The thinking part is the model's reasoning: read as such, not dropped.
    expect(read?.choices[0]?.message.reasoning).toBe('hidden');
    expect(notes).toEqual([]);
  });

  it('usage on the choice instead of the top level (seen from proxies): still read', () => {
    const { completion: read } = completion({
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'ok' },
          finish_reason: 'stop',
          usage: { prompt_tokens: 5, completion_tokens: 1 },
        },
      ],
    });
    expect(read?.usage).toEqual({ prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 });
  });

  it('null choices and a null message: nothing invented, the run layer reports it as unreadable', () => {
    expect(completion({ choices: null }).completion).toBeNull();
    expect(completion({ choices: [null] })).toEqual({
      completion: { choices: [] },
      notes: ['The answer: a choice is not an object; ignored.'],
    });
  });
});

describe('stream chunks', () => {
  it("Groq: the final chunk's usage under x_groq", () => {
    const { chunk: read } = chunk({
      id: 'chatcmpl-groq',
      object: 'chat.completion.chunk',
      created: 1_733_000_002,
      model: 'llama-3.1-8b-instant',
      choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }],
      x_groq: {
        id: 'req_01',
        usage: {
          queue_time: 0.02,
          prompt_tokens: 12,
          prompt_time: 0.001,
          completion_tokens: 40,
          completion_time: 0.03,
          total_tokens: 52,
          total_time: 0.031,
        },
      },
    });
    expect(read.usage).toEqual({ prompt_tokens: 12, completion_tokens: 40, total_tokens: 52 });
    expect(read.choices[0]?.finish_reason).toBe('stop');
  });

  it('a usage-only chunk with "choices": null (some vLLM versions) or [] (OpenAI)', () => {
    const usage = { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 };
    expect(chunk({ choices: null, usage })).toEqual({ chunk: { choices: [], usage }, notes: [] });
    expect(chunk({ choices: [], usage })).toEqual({ chunk: { choices: [], usage }, notes: [] });
  });

  it('llama.cpp: a role-only first delta and a null content are not text', () => {
    const first = chunk({ choices: [{ index: 0, delta: { role: 'assistant', content: null } }] });
    expect(first.chunk.choices[0]?.delta).toEqual({ content: null });
    expect(first.notes).toEqual([]);
  });
});

describe('error bodies that are not JSON', () => {
  it.each([
    ['Go net/http (Ollama, LocalAI)', '404 page not found\n', '404 page not found'],
    ['a plain-text 500 from a Python server', 'Internal Server Error', 'Internal Server Error'],
    [
      'an nginx HTML page',
      '<html><head><title>502 Bad Gateway</title></head><body></body></html>',
      '502 Bad Gateway',
    ],
  ])('%s: one readable line', (_, body, expected) => {
    expect(errorMessageFromBody(body, 'fallback')).toContain(expected);
  });
});

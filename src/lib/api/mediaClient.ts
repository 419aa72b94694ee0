// The queue (`POST /queue`, `GET`/`DELETE /queue/{id}`) and the direct generation calls of image and video
// models. Same transport as the chat calls (client.ts): ApiErrors only, the key only in the Authorization header.

import { isRecord } from '@/lib/json';
import { originOf } from '@/lib/url';
import {
  type ApiConfig,
  pageUrl,
  parseJsonOrText,
  readJson,
  readText,
  send,
  unexpectedShape,
} from './client';
import { readGenerationJob, readMediaOutputs, readQueueSubmission } from './edge';
import { ApiError, errorMessageFromBody } from './errors';
import { recordServerNotes } from './serverNotes';
import type { GenerationJob, MediaOutput, MediaRequest } from './types';

/** Queues an image or video generation (`POST /queue`); resolves to the generation ids the server made (one per
 * job; some servers split a batch into several). */
export async function submitGeneration(
  cfg: ApiConfig,
  body: MediaRequest,
  signal?: AbortSignal,
): Promise<string[]> {
  const response = await send(cfg, 'POST', '/queue', { body, signal });
  const json = await readJson(response, signal);
  throwIfErrorBody(response, json, 'generations');
  const notes: string[] = [];
  const ids = readQueueSubmission(json, notes);
  recordServerNotes(`Queue submission to ${originOf(cfg.baseUrl, pageUrl())}`, notes);
  if (!ids) throw unexpectedShape(response, json, 'a generation id');
  return ids;
}

/** One look at a queued generation (`GET /queue/{id}`); the notes of what the reader dropped ride on the job
 * (a poll repeats, so they are not recorded globally each time). */
export async function getGeneration(
  cfg: ApiConfig,
  generationId: string,
  signal?: AbortSignal,
): Promise<GenerationJob> {
  const response = await send(cfg, 'GET', `/queue/${encodeURIComponent(generationId)}`, { signal });
  const json = await readJson(response, signal);
  throwIfErrorBody(response, json, 'status');
  const notes: string[] = [];
  const job = readGenerationJob(json, notes, { expectedId: generationId });
  if (!job) throw unexpectedShape(response, json, 'a generation');
  if (notes.length > 0) job.notes = notes;
  return job;
}

/** Cancels a queued generation (`DELETE /queue/{id}`). Resolves to the job as the server now reports it, or
 * null when the answer was not a job (an empty 200/204 still means it was cancelled). A job that already ended
 * is the server's 409, an ApiError like any other. */
export async function cancelGeneration(
  cfg: ApiConfig,
  generationId: string,
  signal?: AbortSignal,
): Promise<GenerationJob | null> {
  const response = await send(cfg, 'DELETE', `/queue/${encodeURIComponent(generationId)}`, { signal });
  const text = await readText(response, signal);
  if (text.trim() === '') return null;
  const json = parseJsonOrText(text);
  const notes: string[] = [];
  const job = readGenerationJob(json, notes, { expectedId: generationId });
  if (job && notes.length > 0) job.notes = notes;
  return job;
}

/** A direct (not queued) generation: waits for the result and resolves to its files. */
export async function generateDirect(
  cfg: ApiConfig,
  path: '/images/generate' | '/videos/generate',
  body: MediaRequest,
  signal?: AbortSignal,
): Promise<MediaOutput[]> {
  const response = await send(cfg, 'POST', path, { body, signal });
  const json = await readJson(response, signal);
  throwIfErrorBody(response, json, path === '/videos/generate' ? 'videos' : 'images');
  const notes: string[] = [];
  const outputs = readMediaOutputs(json, notes, path === '/videos/generate' ? 'video' : 'image');
  recordServerNotes(`Generation result from ${originOf(cfg.baseUrl, pageUrl())}`, notes);
  if (outputs.length === 0) throw unexpectedShape(response, json, 'generated files');
  return outputs;
}

/** Some servers report failures with a 200 status; an `error` without the expected field is still a failure. */
function throwIfErrorBody(response: Response, json: unknown, expectedKey: string): void {
  if (isRecord(json) && json.error != null && json.error !== '' && !Object.hasOwn(json, expectedKey)) {
    throw new ApiError({
      kind: 'http',
      status: response.status,
      serverMessage: errorMessageFromBody(json),
      body: json,
    });
  }
}

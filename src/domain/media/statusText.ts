// One line that says where a job is: what the "Job" region shows and a screen reader announces. A running job
// counts whole seconds (a ticking decimal would be noise); a finished one says how long it took, with a
// decimal while that is still a short time.

import { isFinalJob, type MediaJob } from './types';

/** "2 s", "1 min 5 s", "1 h 2 min"; with `precise`, one decimal under 10 s ("4.2 s"). */
export function formatDuration(ms: number, precise = false): string {
  const safe = Number.isFinite(ms) && ms > 0 ? ms : 0;
  const seconds = safe / 1000;
  const tenths = Math.round(seconds * 10) / 10;
  if (precise && tenths < 10) return `${tenths.toFixed(1)} s`;
  // A running timer shows the seconds that have passed; a final duration is rounded.
  const whole = precise ? Math.round(seconds) : Math.floor(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return whole % 60 === 0 ? `${minutes} min` : `${minutes} min ${whole % 60} s`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

function finalText(job: MediaJob): string {
  switch (job.status) {
    case 'succeeded':
      return `Succeeded in ${formatDuration((job.endedAt ?? job.createdAt) - job.createdAt, true)}`;
    case 'failed':
      return `Failed: ${job.error?.message ?? 'no reason given'}`;
    case 'cancelled':
      return 'Cancelled';
    default:
      return `Interrupted: ${job.error?.message ?? 'the page closed before the server answered'}`;
  }
}

function runningText(job: MediaJob, now: number): string {
  if (job.status === 'submitting') return 'Submitting…';
  if (job.status === 'queued') return `Queued · ${formatDuration(now - (job.submittedAt ?? job.createdAt))}`;
  return `Processing · ${formatDuration(now - (job.startedAt ?? job.submittedAt ?? job.createdAt))}`;
}

export function jobStatusText(job: MediaJob, now: number): string {
  if (isFinalJob(job)) return finalText(job);
  const parts = [runningText(job, now)];
  if (job.cancelling) parts.push('Cancelling…');
  // A paused job is not retrying: it waits for the settings it was sent with (see PAUSED_PROBLEM).
  if (job.pollProblem)
    parts.push(job.pollProblem.startsWith('Paused:') ? job.pollProblem : `retrying: ${job.pollProblem}`);
  return parts.join(' · ');
}

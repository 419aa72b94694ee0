import type { MediaJob } from '@/domain/media';
import { MediaItem } from './MediaItem';

/** A finished job's outputs: images in a gallery, a video in a player, each with zoom, download and its URL. */
export function MediaResults({ job }: { job: MediaJob }) {
  const count = job.outputs.length;
  return (
    <section
      aria-label="Results"
      className={count > 1 ? 'grid grid-cols-1 gap-3 sm:grid-cols-2' : 'space-y-3'}
    >
      {job.outputs.map((output, index) => (
        // The outputs of a job never change order once it has ended, so the index is the identity.
        <MediaItem key={index} output={output} prompt={job.prompt} index={index} count={count} />
      ))}
    </section>
  );
}

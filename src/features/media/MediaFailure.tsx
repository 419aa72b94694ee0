import { ApiError, isExpiredLink } from '@/lib/api';
import { hostOf } from '@/lib/url';

/** What to say when a result cannot be shown, instead of a broken image: an expired link needs a new
 * generation; a host that does not allow other sites to load its files (CORS) still lets the user open the
 * link in a tab of its own. */
export function MediaFailure({ url, error }: { url: string; error: unknown }) {
  if (isExpiredLink(error))
    return (
      <p role="alert" className="rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-900">
        This result link has expired — generate again to get a new one.
      </p>
    );
  const blocked = error instanceof ApiError && error.kind === 'network';
  return (
    <div role="alert" className="space-y-1 rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-900">
      <p>
        {blocked
          ? `${hostOf(url)} did not allow this page to load the result (it may not let other sites fetch its files).`
          : `The result could not be loaded: ${error instanceof Error ? error.message : String(error)}`}
      </p>
      {url.startsWith('http') && (
        <a
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          className="break-all text-brand-700 underline"
        >
          Open {url} in a new tab
        </a>
      )}
    </div>
  );
}

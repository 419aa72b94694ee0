import { useSyncExternalStore } from 'react';
import { loadSchemaEngine, onSchemaEngine, schemaEngineFailure } from '@/domain/schema';
import { clearServerNotes, onServerNotes, serverNotes } from '@/lib/api';
import { dismissSetAside, onSetAside, setAsideNotices } from '@/state/persistence';
import { Button, Notice } from '@/ui';

/** Saved state that could not be read (and was set aside), what servers sent that Yoke could not use, and a
 * schema checker that did not download (everything that checks a schema waits for it, so say so and retry). */
export function Notices() {
  const setAside = useSyncExternalStore(onSetAside, setAsideNotices, setAsideNotices);
  const notes = useSyncExternalStore(onServerNotes, serverNotes, serverNotes);
  const engineFailure = useSyncExternalStore(onSchemaEngine, schemaEngineFailure, schemaEngineFailure);
  if (setAside.length === 0 && notes.length === 0 && !engineFailure) return null;
  return (
    <div className="space-y-2 px-4 pt-2">
      {engineFailure && (
        <Notice tone="error" title="The schema checker could not be loaded">
          {engineFailure}. Parameter forms, schema checks and runs wait for it: check the connection, then
          retry.{' '}
          <Button size="sm" variant="ghost" onClick={() => void loadSchemaEngine().catch(() => undefined)}>
            Retry loading
          </Button>
        </Notice>
      )}
      {setAside.map((notice) => (
        <Notice key={notice.name} tone="warning" title={`Some saved ${notice.name} could not be read`}>
          Set aside: {notice.problems.join('; ')}. The rest was loaded.
          {notice.keptAs && <> The unreadable text is kept in this browser's storage as “{notice.keptAs}”.</>}{' '}
          <Button size="sm" variant="ghost" onClick={() => dismissSetAside(notice.name)}>
            Dismiss
          </Button>
        </Notice>
      ))}
      {notes.length > 0 && (
        <Notice tone="info">
          <details>
            <summary className="cursor-pointer">
              The server sent data Yoke could not use as it was (
              {notes.reduce((n, s) => n + s.notes.length, 0)} notes)
            </summary>
            {notes.map((source) => (
              <div key={source.source} className="mt-1">
                <p className="font-medium">{source.source}</p>
                <ul className="list-disc pl-5 text-xs">
                  {source.notes.map((text, i) => (
                    <li key={`${i}:${text}`}>{text}</li>
                  ))}
                </ul>
              </div>
            ))}
          </details>
          <Button size="sm" variant="ghost" onClick={clearServerNotes}>
            Dismiss
          </Button>
        </Notice>
      )}
    </div>
  );
}

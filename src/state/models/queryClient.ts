import { QueryClient } from '@tanstack/react-query';

/** The one cache of server state (the model catalogue and model details). React reads it through hooks; a run
 * started outside React (Run all, a sweep) reads the same entries, so it sends what the screen shows. */
export const queryClient = new QueryClient();

// Every query function here throws ApiError (an Error); telling React Query so types `query.error` as Error.
import '@tanstack/react-query';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: Error;
  }
}

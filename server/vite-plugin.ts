import type { Plugin } from 'vite';

// Placeholder until the server lands: mounts nothing.
export function yokeServer(): Plugin {
  return { name: 'yoke-server' };
}

// Debian's Chromium, as the e2e tests and the benchmark launch it. The background-networking flags matter:
// without them Chromium keeps trying hosts this machine cannot reach.
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

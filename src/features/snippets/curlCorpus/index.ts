import { DEVTOOLS } from './devtools';
import { DEVTOOLS_WINDOWS } from './devtoolsWindows';
import { HOSTED } from './hosted';
import { LOCAL_SERVERS } from './localServers';
import { OPENAI } from './openai';
import { SHELL_FORMS } from './shellForms';
import type { CurlFixture } from './types';
import { WINDOWS_FORMS } from './windowsForms';

export { type CurlFixture, pastedText } from './types';

/** Published-style cURL commands the importer must read (curlCorpus.test.ts runs the bash ones for real). */
export const CURL_CORPUS: CurlFixture[] = [
  ...OPENAI,
  ...HOSTED,
  ...LOCAL_SERVERS,
  ...DEVTOOLS,
  ...DEVTOOLS_WINDOWS,
  ...SHELL_FORMS,
  ...WINDOWS_FORMS,
];

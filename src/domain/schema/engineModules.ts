// The heavy half of schema checking, imported only by schemaEngine.ts (dynamically): ajv, to compile JSON Schemas,
// and regjsparser, to read `pattern`s. Together they are about a third of what the first load would otherwise
// download, and the first screen paints without them.

import Ajv from 'ajv';
import * as regjsparserModule from 'regjsparser';

// A CommonJS package: Vite exposes its functions as named exports, Node's own ESM loader (the benchmark runs this
// module under tsx) only as the default export.
const regjsparser =
  (regjsparserModule as { default?: typeof regjsparserModule }).default ?? regjsparserModule;

export const AjvClass = Ajv;
export const parseRegExp = regjsparser.parse;

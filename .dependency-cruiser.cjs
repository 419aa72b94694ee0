// The dependency rules of src/, checked by dependency-cruiser in `npm test` (npm run lint:deps).
//
//   lib  →  ui  →  domain  →  state  →  features/<f>  →  app  (→ main.tsx)
//
// (an arrow points from what is imported to what may import it; ui and domain both sit on lib only)
//
// - A layer imports only layers below it.
// - A slice (src/<layer>/<slice>/) is used from outside only through its public entry, index.ts; src/ui/ is one
//   slice. Inside a slice, files import each other freely.
// - A feature never imports another feature: screens in app/ compose them.
// - domain/ and lib/ are plain TypeScript: no React, no stores, no form library.
// - src/testing/ (fixtures, generators) is for tests and the benchmark only.
// The picture and how to add a feature are in the README; scripts/layers.test.ts proves each rule catches a
// violation.

const TEST = '\\.test\\.tsx?$';
const LAYERS = ['lib', 'ui', 'domain', 'state', 'features', 'app'];
/** What each layer may import besides itself. */
const BELOW = {
  lib: [],
  ui: ['lib'],
  domain: ['lib'],
  state: ['lib', 'domain'],
  features: ['lib', 'ui', 'domain', 'state'],
  app: ['lib', 'ui', 'domain', 'state', 'features'],
};

const layerRules = LAYERS.map((layer) => {
  const forbidden = LAYERS.filter((l) => l !== layer && !BELOW[layer].includes(l));
  return {
    name: `layer-${layer}`,
    comment: `${layer}/ may import ${BELOW[layer].length ? BELOW[layer].join(', ') : 'nothing else in src'} and itself`,
    severity: 'error',
    from: { path: `^src/${layer}/` },
    to: { path: `^src/(${forbidden.join('|')})/` },
  };
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'entry-is-the-top',
      comment: 'nothing imports the entry module',
      severity: 'error',
      from: {},
      to: { path: '^src/main\\.tsx$' },
    },
    {
      name: 'slice-public-entry',
      comment: 'another slice is imported through its index.ts, never a file inside it',
      severity: 'error',
      from: { path: '^src/([^/]+/[^/]+)/' },
      to: {
        path: '^src/(lib|domain|state|features|app)/[^/]+/',
        pathNot: ['^src/$1/', '^src/[^/]+/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'slice-public-entry-from-root-files',
      comment: 'files directly in a layer folder (app/App.tsx, main.tsx) also use public entries',
      severity: 'error',
      from: { path: ['^src/[^/]+\\.tsx?$', '^src/[^/]+/[^/]+\\.tsx?$'] },
      to: { path: '^src/(lib|domain|state|features|app)/[^/]+/', pathNot: '^src/[^/]+/[^/]+/index\\.ts$' },
    },
    {
      name: 'ui-public-entry',
      comment: 'ui/ is one slice: used through src/ui/index.ts',
      severity: 'error',
      from: { pathNot: '^src/ui/' },
      to: { path: '^src/ui/', pathNot: '^src/ui/index\\.ts$' },
    },
    {
      name: 'features-stand-alone',
      comment: 'a feature never imports another feature; app/ composes them',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'plain-typescript-below-state',
      comment:
        'lib/ and domain/ hold no React, no stores and no form library: they run anywhere, tests included',
      severity: 'error',
      from: { path: '^src/(lib|domain)/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        path: 'node_modules/(react|react-dom|zustand|@tanstack|@rjsf|react-hook-form)/',
      },
    },
    {
      name: 'testing-is-for-tests',
      comment: 'src/testing/ and */testing/ hold fixtures for tests and the benchmark, not for the app',
      severity: 'error',
      from: { path: '^src/', pathNot: [TEST, '/testing/'] },
      to: { path: '/testing/' },
    },
    {
      name: 'testing-sits-low',
      comment: 'test fixtures build on lib and domain only',
      severity: 'error',
      from: { path: '^src/testing/' },
      to: { path: '^src/(ui|state|features|app)/' },
    },
    {
      name: 'no-test-imports',
      comment: 'a test file is never imported',
      severity: 'error',
      from: {},
      to: { path: TEST },
    },
    {
      name: 'no-circular',
      comment: 'import cycles make load order matter and layers meaningless',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'every import resolves',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too: a type reaching upward couples layers as much as a value does.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};

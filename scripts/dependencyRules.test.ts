// Proves that the dependency rules in .dependency-cruiser.cjs catch what they are for: a small source tree is
// written to a temporary folder with one deliberate violation per rule beside imports that are allowed, and the
// real dependency-cruiser CLI is run on it with the project's own configuration.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'node_modules', '.bin', 'depcruise');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

/** Files every tree has: one slice per layer, each with a public entry, importing only what it may. */
const ALLOWED: Record<string, string> = {
  'src/lib/json/isRecord.ts': 'export const isRecord = (v: unknown) => typeof v === "object";\n',
  'src/lib/json/index.ts': "export { isRecord } from './isRecord';\n",
  'src/ui/Button.tsx': "import { isRecord } from '@/lib/json';\nexport const Button = () => isRecord(1);\n",
  'src/ui/index.ts': "export { Button } from './Button';\n",
  'src/domain/run/record.ts': "import { isRecord } from '@/lib/json';\nexport const record = isRecord;\n",
  'src/domain/run/index.ts': "export { record } from './record';\n",
  'src/state/runs/store.ts': "import { record } from '@/domain/run';\nexport const store = record;\n",
  'src/state/runs/index.ts': "export { store } from './store';\n",
  'src/features/a/A.tsx':
    "import { store } from '@/state/runs';\nimport { Button } from '@/ui';\nimport { helper } from './helper';\nexport const A = [store, Button, helper];\n",
  'src/features/a/helper.ts': 'export const helper = 1;\n',
  'src/features/a/index.ts': "export { A } from './A';\n",
  'src/features/a/A.test.ts':
    "import { fixture } from '@/testing';\nimport { A } from './A';\nexport const t = [fixture, A];\n",
  'src/features/b/B.tsx': 'export const B = 2;\n',
  'src/features/b/index.ts': "export { B } from './B';\n",
  'src/testing/fixture.ts': "import { record } from '@/domain/run';\nexport const fixture = record;\n",
  'src/testing/index.ts': "export { fixture } from './fixture';\n",
  'src/app/chat/Chat.tsx':
    "import { A } from '@/features/a';\nimport { B } from '@/features/b';\nexport const Chat = [A, B];\n",
  'src/app/chat/index.ts': "export { Chat } from './Chat';\n",
  'src/app/App.tsx': "import { Chat } from '@/app/chat';\nexport const App = Chat;\n",
  'src/main.tsx': "import { App } from '@/app/App';\nexport const main = App;\n",
};

/** One file per rule, each breaking exactly that rule; `from` → `to` is the dependency it must report. */
const VIOLATIONS: Array<{ rule: string; from: string; text: string; to: string }> = [
  {
    rule: 'layer-lib',
    from: 'src/lib/json/upward.ts',
    text: "import { store } from '@/state/runs';\nexport const x = store;\n",
    to: 'src/state/runs/index.ts',
  },
  {
    rule: 'layer-domain',
    from: 'src/domain/run/upward.ts',
    text: "import { Button } from '@/ui';\nexport const x = Button;\n",
    to: 'src/ui/index.ts',
  },
  {
    rule: 'layer-state',
    from: 'src/state/runs/upward.ts',
    text: "import { A } from '@/features/a';\nexport const x = A;\n",
    to: 'src/features/a/index.ts',
  },
  {
    rule: 'layer-features',
    from: 'src/features/b/upward.ts',
    text: "import { Chat } from '@/app/chat';\nexport const x = Chat;\n",
    to: 'src/app/chat/index.ts',
  },
  {
    rule: 'features-stand-alone',
    from: 'src/features/b/cross.ts',
    text: "import { A } from '@/features/a';\nexport const x = A;\n",
    to: 'src/features/a/index.ts',
  },
  {
    rule: 'slice-public-entry',
    from: 'src/app/chat/deep.ts',
    text: "import { helper } from '@/features/a/helper';\nexport const x = helper;\n",
    to: 'src/features/a/helper.ts',
  },
  {
    rule: 'slice-public-entry-from-root-files',
    from: 'src/app/Deep.tsx',
    text: "import { store } from '@/state/runs/store';\nexport const x = store;\n",
    to: 'src/state/runs/store.ts',
  },
  {
    rule: 'ui-public-entry',
    from: 'src/features/b/deepUi.ts',
    text: "import { Button } from '@/ui/Button';\nexport const x = Button;\n",
    to: 'src/ui/Button.tsx',
  },
  {
    rule: 'plain-typescript-below-state',
    from: 'src/domain/run/react.ts',
    text: "import { useState } from 'react';\nexport const x = useState;\n",
    to: 'node_modules/react/index.js',
  },
  {
    rule: 'testing-is-for-tests',
    from: 'src/features/b/usesFixture.ts',
    text: "import { fixture } from '@/testing';\nexport const x = fixture;\n",
    to: 'src/testing/index.ts',
  },
  {
    rule: 'no-test-imports',
    from: 'src/features/a/usesTest.ts',
    text: "import { t } from './A.test';\nexport const x = t;\n",
    to: 'src/features/a/A.test.ts',
  },
  {
    rule: 'entry-is-the-top',
    from: 'src/app/chat/entry.ts',
    text: "import { main } from '../../main';\nexport const x = main;\n",
    to: 'src/main.tsx',
  },
  {
    rule: 'not-to-unresolvable',
    from: 'src/features/b/missing.ts',
    text: "import { nothing } from './nowhere';\nexport const x = nothing;\n",
    to: './nowhere',
  },
  {
    rule: 'no-circular',
    from: 'src/features/b/ping.ts',
    text: "import { pong } from './pong';\nexport const ping = () => pong;\n",
    to: 'src/features/b/pong.ts',
  },
];
const CIRCLE_PARTNER = {
  'src/features/b/pong.ts': "import { ping } from './ping';\nexport const pong = () => ping;\n",
};

const TSCONFIG = JSON.stringify({
  compilerOptions: {
    module: 'ESNext',
    moduleResolution: 'bundler',
    jsx: 'react-jsx',
    paths: { '@/*': ['./src/*'] },
  },
  include: ['src'],
});

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(join(dir, 'tsconfig.app.json'), TSCONFIG);
  // A stand-in react package, so the npm rule has a real module to resolve.
  mkdirSync(join(dir, 'node_modules', 'react'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'react', 'package.json'), '{"name":"react","main":"index.js"}');
  writeFileSync(join(dir, 'node_modules', 'react', 'index.js'), 'exports.useState = () => {};\n');
}

async function cruise(dir: string): Promise<Violation[]> {
  // The CLI exits non-zero when it finds violations; the JSON report is on stdout either way.
  const { stdout } = await run(CLI, ['src', '--config', CONFIG, '--output-type', 'json'], { cwd: dir }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  const report = JSON.parse(stdout) as { summary: { violations: Violation[] } };
  return report.summary.violations;
}

let clean = '';
let broken = '';
let violations: Violation[] = [];

beforeAll(async () => {
  clean = mkdtempSync(join(tmpdir(), 'yoke-deps-clean-'));
  writeTree(clean, ALLOWED);
  broken = mkdtempSync(join(tmpdir(), 'yoke-deps-broken-'));
  writeTree(broken, {
    ...ALLOWED,
    ...CIRCLE_PARTNER,
    ...Object.fromEntries(VIOLATIONS.map((v) => [v.from, v.text])),
  });
  violations = await cruise(broken);
}, 60_000);

afterAll(() => {
  for (const dir of [clean, broken]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the dependency rules', () => {
  it('pass a tree that keeps them: layers downward, public entries, tests using src/testing', async () => {
    expect(await cruise(clean)).toEqual([]);
  }, 60_000);

  it.each(VIOLATIONS)('$rule catches $from → $to', ({ rule, from, to }) => {
    const found = violations.filter((v) => v.rule.name === rule && v.from === from);
    expect(found.map((v) => v.to)).toContain(to);
  });

  it('report nothing beyond the planted violations', () => {
    const planted = new Set(VIOLATIONS.map((v) => v.from));
    planted.add('src/features/b/pong.ts'); // the other half of the cycle
    expect(violations.filter((v) => !planted.has(v.from))).toEqual([]);
  });
});

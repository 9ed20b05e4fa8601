/**
 * `npm run lint:firefox`: runs web-ext lint (addons-linter, what addons.mozilla.org runs on an
 * upload) over the Firefox build and fails on any error or warning from our code. Run after
 * `npm run build:firefox`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFinding, findingsOfOurs, type LintReport } from './web-ext/findings';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
const OUR_SOURCES = ['entrypoints', 'components', 'lib'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The Preact finding is only the library's while none of our code hands it raw HTML. */
function ourRawHtml(): string[] {
  return OUR_SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir))).filter((file) =>
    readFileSync(file, 'utf8').includes('dangerouslySetInnerHTML'),
  );
}

function runLinter(): LintReport {
  const result = spawnSync(
    join(ROOT, 'node_modules/.bin/web-ext'),
    ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-config-discovery'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const json = result.stdout.slice(result.stdout.indexOf('{'));
  try {
    return JSON.parse(json) as LintReport;
  } catch {
    throw new Error(`web-ext lint gave no report (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

function main(): void {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_BUILD}: run \`npm run build:firefox\` first.`);
  }
  const rawHtml = ourRawHtml();
  if (rawHtml.length)
    throw new Error(
      `dangerouslySetInnerHTML in our code, which web-ext lint would rightly flag:\n  ${rawHtml.join('\n  ')}`,
    );
  const report = runLinter();
  const ours = findingsOfOurs(report, (file) => readFileSync(join(FIREFOX_BUILD, file), 'utf8'));
  const libraries = report.warnings.length + report.errors.length - ours.length;
  if (ours.length) {
    console.error(
      `web-ext lint: ${ours.length} finding(s) in our code:\n${ours.map((f) => `  ${describeFinding(f)}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(
    `web-ext lint: no errors or warnings from our code (${libraries} from Preact's innerHTML support, ${report.notices.length} notices).`,
  );
}

try {
  main();
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

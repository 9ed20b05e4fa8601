import { describe, expect, it } from 'vitest';
import { findingsOfOurs, type LintMessage } from '../../support/web-ext/findings';

const innerHtml = (file: string, column: number): LintMessage => ({
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  file,
  line: 1,
  column,
});

const PREACT_BUNDLE =
  'x'.repeat(100) + 'if(u)s||d&&(u.__html==d.__html||u.__html==e.innerHTML)||(e.innerHTML=u.__html),t.__k=[];';
const OUR_BUNDLE = 'x'.repeat(100) + 'function show(t){card.innerHTML=t.summary}';

const files: Record<string, string> = { 'chunks/popup.js': PREACT_BUNDLE, 'content-scripts/content.js': OUR_BUNDLE };
const read = (file: string) => files[file] ?? '';

describe('web-ext lint findings that are ours to fix', () => {
  it('leave out Preact’s dangerouslySetInnerHTML assignment, found where the linter points', () => {
    const column = PREACT_BUNDLE.indexOf('(e.innerHTML=u.__html)') + 1;
    expect(findingsOfOurs({ errors: [], warnings: [innerHtml('chunks/popup.js', column)], notices: [] }, read)).toEqual(
      [],
    );
  });

  it('keep an innerHTML assignment of our own, and every error and other warning', () => {
    const ours = innerHtml('content-scripts/content.js', OUR_BUNDLE.indexOf('card.innerHTML') + 1);
    const manifest: LintMessage = {
      code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
      message: 'Manifest key',
      file: 'manifest.json',
    };
    const error: LintMessage = { code: 'JSON_INVALID', message: 'bad JSON', file: 'manifest.json' };
    expect(findingsOfOurs({ errors: [error], warnings: [ours, manifest], notices: [] }, read)).toEqual([
      error,
      ours,
      manifest,
    ]);
  });

  it('keep Preact’s pattern when the linter points somewhere else in the file', () => {
    const elsewhere = innerHtml('chunks/popup.js', 2);
    expect(findingsOfOurs({ errors: [], warnings: [elsewhere], notices: [] }, read)).toEqual([elsewhere]);
  });
});

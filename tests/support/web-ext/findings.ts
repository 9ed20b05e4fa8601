/**
 * Which of web-ext lint's findings are ours to fix. The Firefox build bundles Preact, whose
 * renderer supports `dangerouslySetInnerHTML` with `dom.innerHTML = props.__html`; addons-linter
 * flags that line in every bundle that renders Preact. Our code never passes that prop (the
 * runner checks the sources), so those findings are the library's. Everything else counts.
 */
export interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Preact's `dangerouslySetInnerHTML` assignment, as minified: `e.innerHTML=u.__html`. */
const PREACT_INNER_HTML = /\b\w+\.innerHTML=\w+\.__html\b/;
const CONTEXT_CHARS = 24;

/** The text the linter points at, with a little room either side (its columns are approximate). */
function textAt(source: string, line: number, column: number): string {
  const text = source.split('\n')[line - 1] ?? '';
  return text.slice(Math.max(0, column - CONTEXT_CHARS), column + CONTEXT_CHARS * 2);
}

function isPreactsInnerHtml(message: LintMessage, readBuilt: (file: string) => string): boolean {
  if (message.code !== 'UNSAFE_VAR_ASSIGNMENT' || !message.file || !message.line || message.column === undefined)
    return false;
  return PREACT_INNER_HTML.test(textAt(readBuilt(message.file), message.line, message.column));
}

/** Errors, and warnings other than the bundled library's; notices are informational. */
export function findingsOfOurs(report: LintReport, readBuilt: (file: string) => string): LintMessage[] {
  return [...report.errors, ...report.warnings.filter((warning) => !isPreactsInnerHtml(warning, readBuilt))];
}

export function describeFinding(message: LintMessage): string {
  const where = message.file ? ` (${message.file}${message.line ? `:${message.line}` : ''})` : '';
  return `${message.code}: ${message.message}${where}${message.description ? `\n    ${message.description}` : ''}`;
}

import { jsonErrorOffset, lineAndColumn } from './json-position';

/** Bigger files would hold the worker (and a runtime message) for too long; a 100,000-entity store exports to about 40 MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const MB = 1024 * 1024;

/** An import refused before anything was written; the message names what is wrong and where. */
export class ImportError extends Error {}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** The size a file had on disk (UTF-8); counted only when the length alone cannot decide. */
export function checkSize(text: string): void {
  if (text.length * 3 <= MAX_IMPORT_BYTES) return;
  const bytes = utf8Length(text);
  if (bytes > MAX_IMPORT_BYTES) {
    throw new ImportError(
      `The file is ${Math.ceil(bytes / MB)} MB; Backstory imports files up to ${MAX_IMPORT_BYTES / MB} MB`,
    );
  }
}

/** JSON.parse with a message that names the line and column of the first bad character. */
export function parseJsonText(text: string): unknown {
  checkSize(text);
  if (!text.trim()) throw new ImportError('The file is empty');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const clean = text.replace(/^\uFEFF/, '');
    const offset = jsonErrorOffset(clean);
    if (offset < 0) throw new ImportError('The file is not valid JSON');
    const { line, column } = lineAndColumn(clean, offset);
    const what = offset >= clean.length ? 'the file ends too early' : `unexpected ${JSON.stringify(clean[offset])}`;
    throw new ImportError(`The file is not valid JSON: line ${line}, column ${column}: ${what}`);
  }
}

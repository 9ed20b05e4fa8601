/**
 * Where a text stops being JSON. Browsers word JSON.parse errors differently and V8 often
 * gives no position at all ("Unexpected token 'x', ... is not valid JSON"), so the first bad
 * character is found here, the same way everywhere. Only called once JSON.parse has failed.
 */
export function jsonErrorOffset(text: string): number {
  const scanner = new Scanner(text);
  try {
    scanner.value();
    scanner.space();
    return scanner.at < text.length ? scanner.at : -1;
  } catch (error) {
    // A hostile file nested a million levels deep overflows the stack: no position then.
    return error instanceof Stop ? scanner.at : -1;
  }
}

class Stop {}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';

class Scanner {
  at = 0;
  constructor(private readonly text: string) {}

  space(): void {
    while (' \t\n\r'.includes(this.text[this.at] ?? 'x')) this.at += 1;
  }

  private expect(char: string): void {
    if (this.text[this.at] !== char) throw new Stop();
    this.at += 1;
  }

  value(): void {
    this.space();
    const char = this.text[this.at];
    if (char === '{')
      return this.list('}', () => {
        this.string();
        this.space();
        this.expect(':');
        this.value();
      });
    if (char === '[') return this.list(']', () => this.value());
    if (char === '"') return this.string();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return;
      }
    }
    NUMBER.lastIndex = this.at;
    if (!NUMBER.test(this.text)) throw new Stop();
    this.at = NUMBER.lastIndex;
  }

  private list(close: string, item: () => void): void {
    this.at += 1;
    this.space();
    if (this.text[this.at] === close) {
      this.at += 1;
      return;
    }
    for (;;) {
      this.space();
      item();
      this.space();
      if (this.text[this.at] === close) {
        this.at += 1;
        return;
      }
      this.expect(',');
    }
  }

  private string(): void {
    this.expect('"');
    for (;;) {
      const code = this.text.charCodeAt(this.at);
      if (Number.isNaN(code) || code < 0x20) throw new Stop();
      this.at += 1;
      if (code === 0x22) return;
      if (code !== 0x5c) continue;
      const escape = this.text[this.at] ?? '';
      if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 1, this.at + 5))) this.at += 5;
      else if (escape && ESCAPES.includes(escape)) this.at += 1;
      else throw new Stop();
    }
  }
}

/** 1-based line and column of a UTF-16 offset, as an editor shows them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

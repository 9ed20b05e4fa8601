import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { ICON_OFF, ICON_ON, ICON_SIZES } from '../../lib/toolbar/icons';

type ManifestFn = (env: {
  manifestVersion: 2 | 3;
  browser: string;
  mode: string;
  command: 'build';
}) => Record<string, unknown>;
type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

const PUBLIC_DIR = fileURLToPath(new URL('../../public', import.meta.url));
const LOCALES_DIR = join(PUBLIC_DIR, '_locales');

function manifestFor(manifestVersion: 2 | 3, browser: string): Record<string, unknown> {
  return (config.manifest as ManifestFn)({ manifestVersion, browser, mode: 'production', command: 'build' });
}

function messagesOf(locale: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;
}

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function messageKey(value: unknown): string {
  const match = /^__MSG_(\w+)__$/.exec(String(value));
  expect(match, `${String(value)} is not a __MSG_ reference`).not.toBeNull();
  return match?.[1] ?? '';
}

function textOf(messages: Messages, key: string): string {
  const entry = messages[key];
  if (!entry) throw new Error(`no message ${key}`);
  return entry.message;
}

describe('the manifest’s name and description', () => {
  const manifest = manifestFor(3, 'chrome');
  const locales = readdirSync(LOCALES_DIR).sort();

  it('come from _locales, English by default, with French, German and Spanish', () => {
    expect(manifest.default_locale).toBe('en');
    expect(locales).toEqual(['de', 'en', 'es', 'fr']);
    const english = messagesOf('en');
    expect(textOf(english, messageKey(manifest.name))).toBe('Backstory');
    expect(textOf(english, messageKey(manifest.description))).toMatch(/news page/);
  });

  it('are written in each language, within Chrome’s 132 characters for a description', () => {
    const english = messagesOf('en');
    for (const locale of locales) {
      const messages = messagesOf(locale);
      expect(Object.keys(messages).sort(), locale).toEqual(Object.keys(english).sort());
      const description = textOf(messages, messageKey(manifest.description));
      expect(description.length, locale).toBeLessThanOrEqual(132);
      if (locale !== 'en') expect(description, locale).not.toBe(textOf(english, messageKey(manifest.description)));
      for (const [key, { message, placeholders }] of Object.entries(messages)) {
        for (const name of message.match(/\$(\w+)\$/g) ?? []) {
          expect(placeholders, `${locale} ${key}`).toHaveProperty(name.slice(1, -1).toLowerCase());
        }
      }
    }
  });
});

describe('the icons', () => {
  it('are in the manifest and on the toolbar button of both builds', () => {
    const chrome = manifestFor(3, 'chrome');
    const firefox = manifestFor(2, 'firefox');
    expect(chrome.icons).toEqual(ICON_ON);
    expect(chrome.action).toEqual({ default_icon: ICON_ON });
    expect(firefox.browser_action).toEqual({ default_icon: ICON_ON });
  });

  it('exist as PNGs of the sizes they are listed at, switched on and off, drawn from one SVG', () => {
    expect(readFileSync(join(PUBLIC_DIR, 'icon.svg'), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 128 128"/);
    for (const set of [ICON_ON, ICON_OFF]) {
      expect(Object.keys(set)).toEqual(ICON_SIZES.map(String));
      for (const [size, path] of Object.entries(set)) {
        const file = join(PUBLIC_DIR, path);
        expect(existsSync(file), path).toBe(true);
        expect(pngSize(file)).toEqual({ width: Number(size), height: Number(size) });
      }
    }
    expect(readFileSync(join(PUBLIC_DIR, ICON_OFF['48']))).not.toEqual(readFileSync(join(PUBLIC_DIR, ICON_ON['48'])));
  });
});

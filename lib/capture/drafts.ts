import type { EntityDraftInput, EntityKind, FactDraft } from '@/lib/store';
import { cleanSelection, nameFromSelection } from './selection';

export interface EntityCaptureForm {
  name: string;
  kind: EntityKind;
  summary: string;
  /** The selection the form was opened with. */
  selection: string;
}

/**
 * The selection, as the words the page used, when they are not the name itself: "the
 * Russian envoy" filed under "Andrei Karlov" marks that phrase too. A possessive is
 * dropped because the matcher already reads "Karlov’s" as "Karlov".
 */
export function aliasFromSelection(selection: string, name: string): string | undefined {
  const alias = nameFromSelection(selection);
  return alias !== '' && alias !== name.trim() ? alias : undefined;
}

/**
 * The 'entity/save' draft. Validation is the background's (it names the field); a
 * one-word alias matches only as written, the rule the store applies to one-word names,
 * because a single capitalised word is often an ordinary word too ("Turkey", "Chad").
 */
export function entityDraftFromCapture(form: EntityCaptureForm): EntityDraftInput {
  const alias = aliasFromSelection(form.selection, form.name);
  return {
    kind: form.kind,
    name: form.name,
    summary: form.summary,
    aliases: alias ? [{ text: alias, caseSensitive: !/\s/u.test(alias) }] : [],
  };
}

export interface FactSource {
  sourceUrl?: string;
  sourceTitle?: string;
  /** Why a page cannot be the source, in the reader's words; undefined when it can. */
  refused?: string;
}

/**
 * Only http(s) pages are sources (the store refuses anything else, since a source becomes
 * a link in a card). A fact from a file: or about: page is still worth keeping, without one.
 */
export function factSource(url: string, title: string): FactSource {
  if (url === '')
    return { refused: 'This page has no address Backstory can cite, so the fact is saved without a source.' };
  if (!/^https?:\/\//iu.test(url)) {
    const scheme = /^[a-z][\w+.-]*:/iu.exec(url)?.[0] ?? 'this';
    return {
      refused: `Only web pages (http or https) can be sources, and this is a ${scheme} page, so the fact is saved without a source.`,
    };
  }
  return { sourceUrl: url, sourceTitle: title.trim() || undefined };
}

export interface FactCaptureForm {
  text: string;
  date: string;
  entityId: string | undefined;
  url: string;
  title: string;
}

export type FactRequest = { ok: true; value: { entityId: string; fact: FactDraft } } | { ok: false; error: string };

/** The 'fact/add' request, or what the reader must do first. */
export function factRequestFromCapture(form: FactCaptureForm): FactRequest {
  if (!form.entityId) return { ok: false, error: 'Choose the actor or event this fact is about.' };
  const { sourceUrl, sourceTitle } = factSource(form.url, form.title);
  const date = form.date.trim();
  return {
    ok: true,
    value: {
      entityId: form.entityId,
      fact: { text: cleanSelection(form.text), date: date === '' ? undefined : date, sourceUrl, sourceTitle },
    },
  };
}

/**
 * The background names a fact's fields by their path in the request ('fact.date: must be
 * a date…'); the form has one fact, so its fields are named alone.
 */
export function factErrorText(error: string): string {
  return error
    .replace(/^Bad "[^"]+" request: /u, '')
    .replace(/(^|; )fact\.text: /gu, '$1')
    .replace(/(^|; )fact\.date: /gu, '$1Date: ');
}

/**
 * A small namespace-aware XML reader for PROPFIND answers. The background is an MV3 service
 * worker, which has no DOMParser, and a multistatus needs only elements, text and xmlns scopes:
 * no DTDs, no custom entities (so no entity-expansion attacks), no attributes beyond xmlns.
 */
export interface XmlElement {
  /** The namespace URI the prefix resolved to ('' when there is none). */
  ns: string;
  /** The local name, without the prefix. */
  name: string;
  children: XmlElement[];
  /** The element's own text (entities decoded), children's text not included. */
  text: string;
}

export class XmlError extends Error {}

interface Open {
  element: XmlElement;
  qname: string;
  scope: Map<string, string>;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses a whole document and returns its root element; throws XmlError when it is not well-formed. */
export function parseXml(source: string): XmlElement {
  const stack: Open[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const textEnd = lt < 0 ? source.length : lt;
    if (textEnd > i) addText(stack, decodeEntities(source.slice(i, textEnd)));
    if (lt < 0) break;
    if (source.startsWith('<!--', lt)) i = after(source, '-->', lt);
    else if (source.startsWith('<![CDATA[', lt)) {
      i = after(source, ']]>', lt);
      addText(stack, source.slice(lt + 9, i - 3));
    } else if (source.startsWith('<?', lt)) i = after(source, '?>', lt);
    else if (source.startsWith('<!', lt)) i = afterDeclaration(source, lt);
    else if (source.startsWith('</', lt)) i = closeTag(source, lt, stack);
    else {
      if (root && stack.length === 0) throw new XmlError('more than one root element');
      const end = tagEnd(source, lt);
      const element = openTag(source.slice(lt + 1, end), stack);
      root ??= element;
      i = end + 1;
    }
  }
  if (!root || stack.length > 0) throw new XmlError('the document ends before its root element does');
  return root;
}

/** The direct children of `element` in namespace `ns` with local name `name`. */
export function childrenNamed(element: XmlElement, ns: string, name: string): XmlElement[] {
  return element.children.filter((child) => child.ns === ns && child.name === name);
}

function addText(stack: Open[], text: string): void {
  const top = stack[stack.length - 1];
  if (top) top.element.text += text;
  else if (text.trim()) throw new XmlError('text outside the root element');
}

function after(source: string, marker: string, from: number): number {
  const at = source.indexOf(marker, from);
  if (at < 0) throw new XmlError(`unterminated ${source.slice(from, from + 4)}`);
  return at + marker.length;
}

/** Skips `<!DOCTYPE ...>`, including an internal subset in brackets. */
function afterDeclaration(source: string, from: number): number {
  let depth = 0;
  for (let i = from + 2; i < source.length; i++) {
    const c = source[i];
    if (c === '[') depth += 1;
    else if (c === ']') depth -= 1;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  throw new XmlError('unterminated declaration');
}

/** The index of the `>` that ends the tag opened at `from`, skipping quoted attribute values. */
function tagEnd(source: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  throw new XmlError('unterminated tag');
}

function openTag(inside: string, stack: Open[]): XmlElement {
  const selfClosing = inside.endsWith('/');
  const body = selfClosing ? inside.slice(0, -1) : inside;
  const qname = /^[^\s/>]+/.exec(body)?.[0];
  if (!qname) throw new XmlError('a tag without a name');
  const parent = stack[stack.length - 1];
  const scope = new Map(parent?.scope);
  for (const match of body.slice(qname.length).matchAll(ATTRIBUTE)) {
    const [, attribute = '', double, single] = match;
    if (attribute === 'xmlns') scope.set('', decodeEntities(double ?? single ?? ''));
    else if (attribute.startsWith('xmlns:')) scope.set(attribute.slice(6), decodeEntities(double ?? single ?? ''));
  }
  const element: XmlElement = { ...resolveName(qname, scope), children: [], text: '' };
  parent?.element.children.push(element);
  if (!selfClosing) stack.push({ element, qname, scope });
  return element;
}

function closeTag(source: string, from: number, stack: Open[]): number {
  const end = source.indexOf('>', from);
  if (end < 0) throw new XmlError('unterminated closing tag');
  const qname = source.slice(from + 2, end).trim();
  const open = stack.pop();
  if (open?.qname !== qname) throw new XmlError(`</${qname}> does not close <${open?.qname ?? 'nothing'}>`);
  return end + 1;
}

function resolveName(qname: string, scope: Map<string, string>): { ns: string; name: string } {
  const colon = qname.indexOf(':');
  if (colon < 0) return { ns: scope.get('') ?? '', name: qname };
  const prefix = qname.slice(0, colon);
  const ns = prefix === 'xml' ? XML_NS : scope.get(prefix);
  if (ns === undefined) throw new XmlError(`undeclared namespace prefix ${prefix}`);
  return { ns, name: qname.slice(colon + 1) };
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&\s]*);?/g, (whole, entity: string) => {
    if (!whole.endsWith(';')) throw new XmlError('a bare & in text');
    const named = ENTITIES[entity];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-f]+$/i.test(entity)
      ? parseInt(entity.slice(2), 16)
      : /^#[0-9]+$/.test(entity)
        ? parseInt(entity.slice(1), 10)
        : NaN;
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
      throw new XmlError(`unknown entity &${entity};`);
    }
    return String.fromCodePoint(code);
  });
}

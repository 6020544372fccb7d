/**
 * A streaming walk over HTML/XML built on htmlparser2's Tokenizer, with an O(1) element stack.
 *
 * htmlparser2's Parser keeps its open-element stack with Array.unshift/shift, which is
 * O(depth) per tag: 100k nested <div>s take seconds. Hostile pages nest that deep, so the
 * readers walk the tokens themselves, with push/pop and a bounded search for close tags.
 */
import { Tokenizer } from 'htmlparser2';

export interface WalkHandler {
  onOpen?(name: string, attribs: Record<string, string>, depth: number): void;
  onText?(text: string): void;
  /** implied: closed by the walker (unclosed element, or at end of input), not by a close tag. */
  onClose?(name: string, implied: boolean): void;
}

export interface WalkResult {
  readonly maxDepth: number;
  readonly elementCount: number;
  /** Close tags that matched no open element (XML well-formedness). */
  readonly strayCloseTags: number;
}

/** HTML elements that never have content or a closing tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
// An open tag of these closes an open element of the same group at the top (HTML's implied end tags).
const SIBLING_CLOSES: Readonly<Record<string, ReadonlySet<string>>> = {
  p: new Set(['p']),
  li: new Set(['li']),
  dt: new Set(['dt', 'dd']),
  dd: new Set(['dt', 'dd']),
  tr: new Set(['tr', 'td', 'th']),
  td: new Set(['td', 'th']),
  th: new Set(['td', 'th']),
  option: new Set(['option']),
};
/** How far down the stack a close tag looks for its element; beyond that it is stray. */
const CLOSE_SEARCH_LIMIT = 256;

export function walkMarkup(
  markup: string,
  handler: WalkHandler,
  options: { xmlMode?: boolean } = {},
): WalkResult {
  const xml = options.xmlMode ?? false;
  const stack: string[] = [];
  let maxDepth = 0;
  let elementCount = 0;
  let strayCloseTags = 0;
  let text = '';
  let tagName = '';
  let attribs: Record<string, string> = {};
  let attribName = '';
  let attribValue = '';

  const flushText = (): void => {
    if (text) {
      handler.onText?.(text);
      text = '';
    }
  };
  const close = (implied: boolean): void => {
    const name = stack.pop();
    if (name !== undefined) handler.onClose?.(name, implied);
  };
  const open = (name: string, selfClosing: boolean): void => {
    flushText();
    elementCount += 1;
    if (!xml) {
      const closes = SIBLING_CLOSES[name];
      if (closes && stack.length && closes.has(stack[stack.length - 1] ?? '')) close(true);
    }
    const isVoid = xml ? selfClosing : VOID_ELEMENTS.has(name);
    handler.onOpen?.(name, attribs, stack.length + 1);
    if (isVoid) {
      handler.onClose?.(name, false); // void / self-closing: complete as written
    } else {
      stack.push(name);
      if (stack.length > maxDepth) maxDepth = stack.length;
    }
    attribs = {};
  };

  const tokenizer = new Tokenizer(
    { xmlMode: xml, decodeEntities: true },
    {
      ontext(start, end) {
        text += markup.slice(start, end);
      },
      ontextentity(codePoint) {
        text += String.fromCodePoint(codePoint);
      },
      onopentagname(start, end) {
        tagName = markup.slice(start, end);
        if (!xml) tagName = tagName.toLowerCase();
        attribs = {};
      },
      onattribname(start, end) {
        attribName = markup.slice(start, end);
        if (!xml) attribName = attribName.toLowerCase();
        attribValue = '';
      },
      onattribdata(start, end) {
        attribValue += markup.slice(start, end);
      },
      onattribentity(codePoint) {
        attribValue += String.fromCodePoint(codePoint);
      },
      onattribend() {
        if (!(attribName in attribs)) attribs[attribName] = attribValue;
        attribValue = '';
      },
      onopentagend() {
        open(tagName, false);
      },
      onselfclosingtag() {
        open(tagName, true);
      },
      onclosetag(start, end) {
        flushText();
        let name = markup.slice(start, end);
        if (!xml) name = name.toLowerCase();
        if (!xml && VOID_ELEMENTS.has(name)) return;
        const limit = Math.max(0, stack.length - CLOSE_SEARCH_LIMIT);
        let index = stack.length - 1;
        while (index >= limit && stack[index] !== name) index -= 1;
        if (index < limit) {
          strayCloseTags += 1;
          return;
        }
        while (stack.length > index + 1) close(true);
        close(false);
      },
      oncdata(start, end, offset) {
        if (xml) text += markup.slice(start, end - offset); // HTML treats CDATA as a comment
      },
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {
        flushText();
        while (stack.length) close(true);
      },
    },
  );
  tokenizer.write(markup);
  tokenizer.end();
  return { maxDepth, elementCount, strayCloseTags };
}

/**
 * HTML → paragraphs with htmlparser2's streaming parser. Used for feed/email HTML, for
 * Readability's output, and as the fallback when Readability cannot be trusted with a page.
 * Streaming keeps it linear in input size and immune to deep nesting (no recursion).
 */
import { VOID_ELEMENTS as VOID, walkMarkup } from './markup-walker';

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'head',
  'title',
  'select',
  'button',
  'textarea',
]);
/** Page chrome, dropped by the fallback (Readability already removed it from its output). */
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'figure',
  'figcaption',
  'hr',
  'address',
  'details',
  'summary',
  'center',
  'fieldset',
  'caption',
]);

export interface HtmlTextOptions {
  /** Drop nav/header/footer/aside/form (page chrome). True for whole pages. */
  readonly dropChrome: boolean;
}

export function htmlToText(html: string, options: HtmlTextOptions = { dropChrome: true }): string {
  const paragraphs: string[] = [];
  let current = '';
  let skipDepth = 0; // >0 while inside a skipped element (counts nested skipped elements)
  const skipStack: string[] = [];

  const flush = (): void => {
    const text = current
      .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .trim();
    if (text) paragraphs.push(text);
    current = '';
  };

  walkMarkup(html, {
    onOpen(name, attribs) {
      if (skipDepth > 0) {
        if (name === skipStack[skipStack.length - 1] && !VOID.has(name)) skipDepth += 1;
        return;
      }
      const hidden =
        'hidden' in attribs ||
        attribs['aria-hidden'] === 'true' ||
        /display\s*:\s*none/i.test(attribs.style ?? '');
      if (!VOID.has(name) && (SKIPPED.has(name) || (options.dropChrome && CHROME.has(name)) || hidden)) {
        skipStack.push(name);
        skipDepth = 1;
        return;
      }
      if (name === 'br') current += '\n';
      else if (BLOCKS.has(name)) flush();
      else if (name === 'td' || name === 'th') current += ' ';
    },
    onText(text) {
      if (skipDepth === 0) current += text.replace(/\s+/g, ' ');
    },
    onClose(name) {
      if (skipDepth > 0) {
        if (name === skipStack[skipStack.length - 1]) {
          skipDepth -= 1;
          if (skipDepth === 0) skipStack.pop();
        }
        return;
      }
      if (BLOCKS.has(name)) flush();
    },
  });
  flush();
  return paragraphs.join('\n\n');
}

/**
 * RSS 2.0 / RSS 1.0 (RDF) and Atom feeds: one article per <item>/<entry>, the channel or
 * feed title as outlet, HTML content reduced to text.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { decodeText, decodingMeta } from '../decode-text';
import { ErrorCode, ingestError } from '../errors';
import {
  type ArticleDraft,
  type IngestError,
  isIngestError,
  type ItemError,
  type ReaderOutput,
} from '../types';
import { guessOutlet } from '../outlet';
import { sniffDeclaredCharset } from './html-meta';
import { htmlToText } from './html-text';
import { walkMarkup } from './markup-walker';

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

export function readFeed(bytes: Uint8Array): ReaderOutput | IngestError {
  const declared = sniffDeclaredCharset(bytes);
  const decoded = decodeText(bytes, declared);
  if (isIngestError(decoded)) return decoded;
  const problem = findXmlProblem(decoded.text);
  if (problem) return ingestError(ErrorCode.malformedXml, `the feed is not well-formed XML: ${problem}`);

  const doc = parseDocument(decoded.text, { xmlMode: true, decodeEntities: true });
  const root = doc.children.find((node): node is Element => node.type === 'tag');
  const rootName = root?.name.toLowerCase() ?? '';
  const fileMeta = decodingMeta(decoded, declared);

  if (rootName === 'feed') {
    const outlet = childText(root, 'title');
    const entries = DomUtils.getElementsByTagName('entry', root ?? [], true);
    return {
      format: 'atom',
      encoding: decoded.encoding,
      fileMeta,
      ...collect(entries, (entry) => atomEntry(entry, outlet)),
    };
  }
  if (rootName === 'rss' || rootName === 'rdf:rdf') {
    const channel = DomUtils.getElementsByTagName('channel', root ?? [], true, 1)[0];
    const outlet = channel ? childText(channel, 'title') : null;
    const items = DomUtils.getElementsByTagName('item', root ?? [], true);
    return {
      format: 'rss',
      encoding: decoded.encoding,
      fileMeta,
      ...collect(items, (item) => rssItem(item, outlet)),
    };
  }
  return ingestError(
    ErrorCode.unknownFormat,
    `the XML root element is <${root?.name ?? 'none'}>, not an RSS or Atom feed`,
  );
}

function collect(
  nodes: Element[],
  toDraft: (node: Element) => ArticleDraft,
): { drafts: Array<{ itemIndex: number; draft: ArticleDraft }>; errors: ItemError[] } {
  const drafts = nodes.map((node, itemIndex) => ({ itemIndex, draft: toDraft(node) }));
  const errors: ItemError[] = nodes.length
    ? []
    : [{ code: ErrorCode.noText, message: 'the feed has no items' }];
  return { drafts, errors };
}

function rssItem(item: Element, outlet: string | null): ArticleDraft {
  const content = childText(item, 'content:encoded') ?? childText(item, 'description');
  const meta: Record<string, string> = {};
  const guid = childText(item, 'guid');
  if (guid) meta.guid = guid;
  const categories = children(item, 'category')
    .map((node) => DomUtils.textContent(node).trim())
    .filter(Boolean);
  if (categories.length) meta.categories = categories.join(', ');
  const source = children(item, 'source')[0];
  return {
    title: childText(item, 'title'),
    url: childText(item, 'link') ?? (guid && /^https?:/i.test(guid) ? guid : null),
    publishedAt: childText(item, 'pubdate') ?? childText(item, 'dc:date') ?? childText(item, 'a10:updated'),
    author: childText(item, 'dc:creator') ?? childText(item, 'author'),
    outlet: guessOutlet({ source: source ? DomUtils.textContent(source) : null, feedTitle: outlet }),
    text: content ? htmlOrText(content) : '',
    meta,
  };
}

function atomEntry(entry: Element, outlet: string | null): ArticleDraft {
  const contentNode = children(entry, 'content')[0] ?? children(entry, 'summary')[0];
  const links = children(entry, 'link');
  const link = links.find((node) => (node.attribs.rel ?? 'alternate') === 'alternate') ?? links[0];
  const author = children(entry, 'author')[0];
  const meta: Record<string, string> = {};
  const id = childText(entry, 'id');
  if (id) meta.id = id;
  const updated = childText(entry, 'updated');
  if (updated) meta.updated = updated;
  return {
    title: childText(entry, 'title'),
    url: link?.attribs.href ?? null,
    publishedAt: childText(entry, 'published') ?? updated,
    author: author ? childText(author, 'name') : null,
    outlet: guessOutlet({ source: childText(children(entry, 'source')[0], 'title'), feedTitle: outlet }),
    text: contentNode ? atomContent(contentNode) : '',
    meta,
  };
}

function atomContent(node: Element): string {
  // type="xhtml" carries markup as child elements; type="html" as escaped text.
  const hasElements = node.children.some((child) => child.type === 'tag');
  if (hasElements) return htmlToText(DomUtils.getInnerHTML(node, { xmlMode: false }), { dropChrome: false });
  return htmlOrText(DomUtils.textContent(node));
}

function htmlOrText(value: string): string {
  return /<[a-z!/][^>]*>/i.test(value) ? htmlToText(value, { dropChrome: false }) : value.trim();
}

function children(parent: Element, name: string): Element[] {
  return parent.children.filter(
    (node): node is Element => node.type === 'tag' && node.name.toLowerCase() === name,
  );
}

function childText(parent: Element | undefined, name: string): string | null {
  if (!parent) return null;
  const node = children(parent, name)[0];
  const text = node ? DomUtils.textContent(node).trim() : '';
  return text || null;
}

/** Feeds nest a handful of levels; anything deeper is hostile or broken. */
const MAX_FEED_DEPTH = 200;

/**
 * The first well-formedness problem htmlparser2 would repair silently (unclosed, misnested or
 * stray tags), checked with the linear-time walker before building a DOM.
 */
function findXmlProblem(xml: string): string | null {
  let problem: string | null = null;
  let tooDeep = false;
  const shape = walkMarkup(
    xml,
    {
      onOpen(_name, _attribs, depth) {
        if (depth > MAX_FEED_DEPTH) tooDeep = true;
      },
      onClose(name, implied) {
        if (implied && !problem) problem = `<${name}> is never closed`;
      },
    },
    { xmlMode: true },
  );
  if (tooDeep) return `elements nest ${shape.maxDepth} deep (a feed needs fewer than ${MAX_FEED_DEPTH})`;
  if (shape.strayCloseTags > 0) return `${shape.strayCloseTags} closing tag(s) match no open element`;
  if (problem) return problem;
  if (shape.elementCount === 0) return 'it contains no elements';
  return null;
}

/**
 * Text normalisation shared by every reader: one definition of "clean article text"
 * (NFC, '\n\n' between paragraphs, no control characters, no page-chrome labels).
 */

// Zero-width characters and BOMs that survive copy-paste from web pages; C0/C1 controls except \t \n.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const HORIZONTAL_SPACE = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * NFC, unified newlines, spaces collapsed inside lines, blank-line runs collapsed into one
 * paragraph break. Single newlines inside a paragraph are kept (poems, lists, datelines).
 * U+3000 (ideographic space) is collapsed too: CJK pages use it for indentation only.
 */
export function cleanText(raw: string): string {
  const text = raw
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '');
  const lines = text.split('\n');
  const out: string[] = [];
  let blank = false;
  for (const line of lines) {
    const trimmed = line.replace(HORIZONTAL_SPACE, ' ').trim();
    if (!trimmed) {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push('');
    out.push(trimmed);
    blank = false;
  }
  return out.join('\n');
}

/** One-line fields (titles, outlets): NFC, no newlines, single spaces. */
export function cleanInline(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const value = raw.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return value || null;
}

// A line that is only an image/logo label, e.g. "tradingkey.logo", "site-logo.png", "icon_share".
// Pages exported to text keep their images' alt texts; these are never article prose.
const IMAGE_LABEL =
  /^[\p{L}\p{N}_.\-]*(?:\b|_)(?:logo|icon|banner|thumbnail|thumb|avatar|sprite)(?:\b|_)[\p{L}\p{N}_.\-]*$/iu;
const IMAGE_FILE = /^[^\s]+\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico)$/i;

export function isChromeLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 80 || /\s/.test(trimmed)) return false;
  return IMAGE_LABEL.test(trimmed) || IMAGE_FILE.test(trimmed);
}

/** Drops image/logo label lines anywhere in the text. */
export function dropChromeLines(text: string): string {
  if (!text.includes('\n') && !isChromeLine(text)) return text;
  return text
    .split('\n')
    .filter((line) => !isChromeLine(line))
    .join('\n');
}

/** Ends like a sentence (so it is prose, not a headline). */
export function endsLikeSentence(line: string): boolean {
  return /(?:[.!?。！？…]|[.!?。]["'”’」』)])$/u.test(line.trim());
}

/**
 * Light Markdown → text: enough to remove markup analysts would not want in quotes
 * (heading hashes, emphasis, link/image syntax, code fences), not a Markdown renderer.
 */

export interface StrippedMarkdown {
  readonly text: string;
  /** Text of the first level-1 heading, a natural title. */
  readonly firstHeading: string | null;
}

export function stripMarkdown(markdown: string): StrippedMarkdown {
  let firstHeading: string | null = null;
  const lines = markdown.split('\n');
  const out: string[] = [];
  let inFence = false;
  for (const raw of lines) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(raw);
      continue;
    }
    let line = raw;
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      out.push(''); // thematic break separates paragraphs
      continue;
    }
    if (/^\s{0,3}=+\s*$|^\s{0,3}-+\s*$/.test(line) && out.length && out[out.length - 1]?.trim()) continue; // setext underline
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      line = heading[2] ?? '';
      if (heading[1] === '#' && firstHeading === null) firstHeading = stripInline(line);
    }
    line = line.replace(/^\s{0,3}>\s?/, '');
    out.push(stripInline(line));
  }
  return { text: out.join('\n'), firstHeading };
}

function stripInline(line: string): string {
  return (
    line
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '') // images carry no article text
      .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/^\s{0,3}\[[^\]]+\]:\s+\S+.*$/, '') // link reference definitions
      .replace(/<\/?[a-zA-Z][^>]*>/g, '')
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(?<!\*)\*(?=\S)([^*]+?)(?<=\S)\*(?!\*)/g, '$1')
      // '_' only at word edges, so snake_case identifiers survive
      .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1')
      .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
      .replace(/`([^`]+)`/g, '$1')
  );
}

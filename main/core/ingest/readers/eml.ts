/**
 * .eml newsletters and forwarded articles, parsed by postal-mime (MIME structure,
 * quoted-printable/base64, RFC 2047 headers, charsets). postal-mime is asynchronous, so this
 * is the one reader that returns a Promise.
 */
import PostalMime, { type Address, type Email } from 'postal-mime';
import { nulBytePattern, sniffBinaryKind } from '../binary-sniff';
import { canonicalCharset, isSingleByteCharset } from '../charset-labels';
import { decodeText, looksLikeMisreadMultibyte } from '../decode-text';
import { ErrorCode, ingestError } from '../errors';
import { isIngestError, type IngestError, type ReaderOutput } from '../types';
import { guessOutlet } from '../outlet';
import { latin1Head } from './html-meta';
import { htmlToText } from './html-text';

export async function readEml(bytes: Uint8Array): Promise<ReaderOutput | IngestError> {
  const binaryKind = sniffBinaryKind(bytes);
  if (binaryKind) return ingestError(ErrorCode.binaryFile, `binary file (${binaryKind}), not an article`);
  if (nulBytePattern(bytes).even + nulBytePattern(bytes).odd > 0) {
    return ingestError(ErrorCode.binaryFile, 'binary file (contains NUL bytes), not an email');
  }
  let email: Email;
  try {
    email = await PostalMime.parse(bytes);
  } catch (error) {
    return ingestError(ErrorCode.malformedEmail, `the email cannot be parsed: ${(error as Error).message}`);
  }
  if (
    !email.headers.some((header) =>
      ['from', 'subject', 'date', 'message-id', 'mime-version'].includes(header.key),
    )
  ) {
    return ingestError(
      ErrorCode.malformedEmail,
      'the file has no email headers (From, Subject, Date…), so it is not an .eml message',
    );
  }

  const fileMeta: Record<string, string> = {};
  let encoding = 'utf-8';
  let text = email.text?.trim() ? email.text : email.html ? htmlToText(email.html, { dropChrome: true }) : '';
  // postal-mime trusts the declared charset; a Korean body labelled iso-8859-1 comes out as
  // Latin mojibake. Undo the single-byte decoding and detect the real charset.
  const declared = declaredCharsets(bytes);
  const singleByte = declared.find((charset) => isSingleByteCharset(charset));
  let subject = email.subject ?? null;
  if (singleByte) {
    const repaired = repairMisread(text, singleByte);
    if (repaired) {
      text = repaired.text;
      encoding = repaired.encoding;
      fileMeta.declaredCharset = singleByte;
      fileMeta.charsetNote = `the email declares ${singleByte}, but its text is ${repaired.encoding}`;
    } else {
      encoding = singleByte;
    }
    if (subject) subject = repairMisread(subject, singleByte)?.text ?? subject;
  } else if (declared[0]) {
    encoding = declared[0];
  }

  const from = mailbox(email.from);
  const rawDate = email.headers.find((header) => header.key === 'date')?.value ?? email.date ?? null;
  if (from?.address) fileMeta.fromAddress = from.address;
  if (email.messageId) fileMeta.messageId = email.messageId;
  const domain = from?.address?.split('@')[1] ?? null;
  return {
    format: 'eml',
    encoding,
    errors: [],
    fileMeta,
    drafts: [
      {
        itemIndex: 0,
        draft: {
          title: subject,
          publishedAt: rawDate,
          outlet: guessOutlet({ from: from?.name, domain }),
          author: from?.name || from?.address || null,
          url: null,
          text,
        },
      },
    ],
  };
}

function mailbox(address: Address | undefined): { name: string; address: string | null } | null {
  if (!address) return null;
  if (address.group) return { name: address.name, address: address.group[0]?.address ?? null };
  return { name: address.name, address: address.address ?? null };
}

/** Charsets named in Content-Type headers anywhere in the message, canonicalised. */
function declaredCharsets(bytes: Uint8Array): string[] {
  const head = latin1Head(bytes, 256 * 1024);
  const found: string[] = [];
  for (const m of head.matchAll(/charset\s*=\s*"?([\w.:-]+)/gi)) {
    const charset = canonicalCharset(m[1]);
    if (charset && !found.includes(charset)) found.push(charset);
  }
  return found;
}

const encoders = new Map<string, Map<string, number>>();

/** Inverse of a single-byte decoder, built from TextDecoder itself. */
function singleByteEncoder(charset: string): Map<string, number> {
  let map = encoders.get(charset);
  if (!map) {
    map = new Map();
    const decoder = new TextDecoder(charset);
    for (let byte = 0; byte < 256; byte++) {
      const ch = decoder.decode(new Uint8Array([byte]));
      if (!map.has(ch)) map.set(ch, byte);
    }
    encoders.set(charset, map);
  }
  return map;
}

function repairMisread(text: string, charset: string): { text: string; encoding: string } | null {
  if (!looksLikeMisreadMultibyte(text)) return null;
  const encoder = singleByteEncoder(charset);
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (const ch of text) {
    const byte = encoder.get(ch);
    if (byte === undefined) return null; // not a pure single-byte decoding: leave it alone
    bytes[length++] = byte;
  }
  const decoded = decodeText(bytes.subarray(0, length), charset);
  if (isIngestError(decoded) || !decoded.rejectedDeclaredCharset) return null;
  return { text: decoded.text, encoding: decoded.encoding };
}

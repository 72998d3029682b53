import chardet from 'chardet';
import iconv from 'iconv-lite';

const SUPPORTED = new Map([
  ['UTF-8', 'utf-8'], ['GB18030', 'gb18030'], ['Big5', 'big5'], ['UTF-16LE', 'utf-16le'], ['UTF-16BE', 'utf-16be'],
]);

/**
 * Decodes a plain-text file whose encoding is not declared: a BOM, then strict UTF-8, then the detector's
 * best guess among the encodings Chinese files come in (GB18030 covers GBK and GB2312). Returns null when
 * the bytes are no text in any of them.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } | null {
  const bom = detectBom(bytes);
  if (bom) return checked(iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding), bom.encoding);

  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    // not UTF-8: ask the detector
  }
  for (const candidate of chardet.analyse(bytes)) {
    const encoding = SUPPORTED.get(candidate.name);
    if (!encoding || encoding === 'utf-8') continue;
    const decoded = checked(iconv.decode(Buffer.from(bytes), encoding), encoding);
    if (decoded) return decoded;
  }
  return null;
}

function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Rejects a decoding full of control characters or replacement marks: those bytes were not text. */
function checked(text: string, encoding: string): { text: string; encoding: string } | null {
  const sample = text.slice(0, 20000);
  const bad = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return bad <= sample.length * 0.005 ? { text, encoding } : null;
}

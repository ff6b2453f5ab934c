/**
 * Turning the bytes of a picked file into text (SPEC section 7). Pure: TextDecoder belongs to the
 * WHATWG Encoding standard that browsers and Node both implement, not to the DOM. Apps Script has
 * none, and needs none: only the import dialog decodes files (the server receives text).
 */

/**
 * The part of the Encoding standard's decoder used here, declared because the pure code compiles
 * with neither the DOM's types nor Node's, each of which would bring far more than this.
 */
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean },
) => { decode(bytes: Uint8Array): string };

/** The encodings an import reads. */
export type ImportEncoding = 'UTF-8' | 'Windows-1251';

/**
 * Decodes a file: UTF-8 with or without a byte order mark; otherwise Windows-1251, the usual
 * encoding of CSV files saved by Russian Excel. Every byte sequence is valid Windows-1251, so the
 * test is whether the bytes are valid UTF-8: Cyrillic text in Windows-1251 almost never is (its
 * letters are bytes 0xC0–0xFF, which UTF-8 allows only as lead bytes followed by 0x80–0xBF).
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: ImportEncoding } {
  try {
    // TextDecoder drops a leading byte order mark (ignoreBOM is false by default).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'Windows-1251' };
  }
}

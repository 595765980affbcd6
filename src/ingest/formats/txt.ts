// Plain text and Markdown: the file's characters, untouched, so spans point into the original file.
import { decodeUtf8Text } from './text-bytes.js';
import type { ConvertedText } from './converted.js';

export function convertTxt(bytes: Uint8Array, source: string): ConvertedText {
  return { text: decodeUtf8Text(bytes, source), verbatim: true };
}

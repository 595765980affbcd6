// Plain text and Markdown: the file's characters, untouched, so spans point into the original file.
import { decodeText } from './text-bytes.js';
import type { ConvertedText } from './converted.js';

export function convertTxt(bytes: Uint8Array, source: string): ConvertedText {
  return { text: decodeText(bytes, source).text, verbatim: true };
}

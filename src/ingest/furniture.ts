// Page furniture removal that keeps offsets: furniture inside the text is blanked (each character becomes a
// space, line breaks stay) and trailing furniture is cut off, so a span in the result is a span in the file.
import {
  DATE_STAMP, EXCHANGE_RATE_HEADING, INLINE_FURNITURE, SIGNATURE_SEPARATOR, TABLE_ROW, TRAILING_CREDIT_LINE,
  TRAILING_HEADING,
} from './furniture-patterns.js';

interface Line {
  start: number;
  end: number;
  text: string;
}

/** A trailing heading counts only after real article text: a page that opens with "Comments" is not empty. */
const PROSE_LINE = 80;
/** An author blurb after a separator is a few short lines, not more article. */
const SIGNATURE_LINES = 4;
const SIGNATURE_LINE_LENGTH = 200;

export function removeFurniture(text: string): string {
  const blanked = blankRanges(text, [...inlineFurniture(text), ...exchangeRateBoxes(splitLines(text))]);
  return blanked.slice(0, trailingFurnitureStart(splitLines(blanked))).trimEnd();
}

function inlineFurniture(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const stamp = DATE_STAMP.exec(text);
  if (stamp) ranges.push([0, stamp[0].length]);
  for (const pattern of INLINE_FURNITURE) {
    for (const m of text.matchAll(pattern)) ranges.push([m.index!, m.index! + m[0].length]);
  }
  return ranges;
}

/** An exchange-rate heading with the table rows (and blank lines) under it. */
function exchangeRateBoxes(lines: Line[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < lines.length; i++) {
    if (!EXCHANGE_RATE_HEADING.test(lines[i].text)) continue;
    let last = i;
    for (let k = i + 1; k < lines.length; k++) {
      const row = lines[k].text.trim();
      if (row && !TABLE_ROW.test(row)) break;
      if (row) last = k;
    }
    ranges.push([lines[i].start, lines[last].end]);
    i = last;
  }
  return ranges;
}

/** Where the trailing furniture begins: a trailing heading, a signature block, or closing credit lines. */
function trailingFurnitureStart(lines: Line[]): number {
  let cut = lines.length;
  let seenProse = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].text.trim();
    if (seenProse && (TRAILING_HEADING.test(line) || isSignatureBlock(lines, i))) {
      cut = i;
      break;
    }
    if (line.length >= PROSE_LINE) seenProse = true;
  }
  while (cut > 0) {
    const line = lines[cut - 1].text.trim();
    if (line && !TRAILING_CREDIT_LINE.some((pattern) => pattern.test(line))) break;
    cut--;
  }
  return cut < lines.length ? lines[cut].start : lines.length ? lines[lines.length - 1].end : 0;
}

function isSignatureBlock(lines: Line[], at: number): boolean {
  if (!SIGNATURE_SEPARATOR.test(lines[at].text)) return false;
  const after = lines.slice(at + 1).map((line) => line.text.trim()).filter(Boolean);
  return after.length <= SIGNATURE_LINES && after.every((line) => line.length <= SIGNATURE_LINE_LENGTH);
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const piece of text.split('\n')) {
    lines.push({ start, end: start + piece.length, text: piece.replace(/\r$/, '') });
    start += piece.length + 1;
  }
  return lines;
}

function blankRanges(text: string, ranges: Array<[number, number]>): string {
  if (!ranges.length) return text;
  const chars = text.split('');
  for (const [start, end] of ranges) {
    for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  }
  return chars.join('');
}

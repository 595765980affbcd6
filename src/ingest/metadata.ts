// What a plain text says about itself in its first lines (and its last): publication day, outlet, headline.
import { datelines, publicationDay } from './header-dates.js';
import { DATE_STAMP, INLINE_FURNITURE } from './furniture-patterns.js';

export interface TextMetadata {
  published: string | null;
  outlet: string | null;
  title: string | null;
}

/** Datelines, bylines and headlines sit in the first few lines; later lines are the article. */
const HEADER_LINES = 8;
/** A one-line article's header is its first characters. */
const HEADER_LINE_LENGTH = 240;
/** Outlet credits that stand alone on a line ("Trend:") are trusted only right at the top. */
const CREDIT_LINES = 3;

export function metadataFromText(text: string): TextMetadata {
  const header = headerLines(text);
  return { published: publicationDay(header), outlet: outletOf(header, text), title: titleOf(header) };
}

/** The first non-empty lines, the scraper's " date …" stamp reduced to its date, each cut to a header's length. */
export function headerLines(text: string): string[] {
  const stamp = DATE_STAMP.exec(text);
  const start = stamp ? stamp[0].replace(/^[\s\uFEFF]*date\s+/, '') + text.slice(stamp[0].length) : text;
  return start
    .split(/\r?\n/)
    .map((line) => line.replace(/^[\s#*\uFEFF]+/, '').trimEnd())
    .filter(Boolean)
    .slice(0, HEADER_LINES)
    .map((line) => line.slice(0, HEADER_LINE_LENGTH));
}

const NAME = String.raw`\p{Lu}[\p{L}\d.&'\-]*(?: \p{Lu}[\p{L}\d.&'\-]*){0,3}`;
const OUTLET_FORMS: Array<(line: string, index: number) => string | undefined> = [
  (line) => /\(MENAFN-\s*([^)]+?)\s*\)/u.exec(line)?.[1]?.replace(/^(.+)$/, 'MENAFN ($1)'),
  (line) => /^read (?:it )?on the website\s+(.+?)\.?$/iu.exec(line)?.[1],
  (line) => new RegExp(`(?:^|\\s)/\\s*(${NAME}?)\\s*(?:/|corr\\b)`, 'u').exec(line)?.[1],
  (line) => bylineOutlet(line),
  (line, index) => (index < CREDIT_LINES ? new RegExp(`^(${NAME}):$`, 'u').exec(line)?.[1] : undefined),
  (line) => datelineOutlet(line),
];

function outletOf(header: string[], text: string): string | null {
  for (const form of OUTLET_FORMS) {
    for (const [index, line] of header.entries()) {
      const outlet = form(line, index)?.trim();
      if (outlet) return outlet;
    }
  }
  return closingSignature(text);
}

/** "By Azernews", "By Sadraddin Aghjayev – Trend:"; a two-word byline is a person, not an outlet. */
function bylineOutlet(line: string): string | undefined {
  const byline = /(?:^|\s)By\s+(.+)$/u.exec(line)?.[1]?.trim();
  if (!byline) return undefined;
  const credited = new RegExp(`\\s[–—-]\\s*(${NAME}):?$`, 'u').exec(byline)?.[1];
  if (credited) return credited;
  return /^\p{Lu}[\p{L}\d.\-]*$/u.test(byline) ? byline : undefined;
}

/** "Baku, February 22, AZERTAC": an agency name after the dateline. */
function datelineOutlet(line: string): string | undefined {
  for (const date of datelines(line)) {
    const rest = line.trim().slice(date.end);
    const agency = /^,\s*(\p{Lu}{2,}[\p{L}\-]*)\s*$/u.exec(rest)?.[1];
    if (agency) return agency;
  }
  return undefined;
}

/** "News.Az" or "Source: UzA" closing the text. */
function closingSignature(text: string): string | null {
  const last = text.trimEnd().split(/\r?\n/).pop()?.trim() ?? '';
  return /^source:\s*(.{2,40})$/iu.exec(last)?.[1] ?? /^(\p{Lu}[\p{L}\d-]*\.[A-Za-z]{2,})$/u.exec(last)?.[1] ?? null;
}

/** A headline is the first line after the metadata lines, if it reads like one (a few words, no full stop). */
function titleOf(header: string[]): string | null {
  for (const [index, line] of header.entries()) {
    if (isMetadataLine(line) || isBanner(line)) continue;
    const wrapped = /^\p{Ll}/u.test(header[index + 1] ?? '');
    return looksLikeHeadline(line) && !wrapped ? line.trim() : null;
  }
  return null;
}

function isMetadataLine(line: string): boolean {
  if (/^(?:By|Posted by)\b/u.test(line) || INLINE_FURNITURE.some((pattern) => wholeLineMatch(pattern, line))) return true;
  const dates = datelines(line);
  if (!dates.length) return false;
  let rest = line;
  for (const date of [...dates].reverse()) rest = rest.slice(0, date.index) + rest.slice(date.end);
  return rest.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word)).length <= 4;
}

/** Short or all-capital lines above a headline: site banners, section names. */
function isBanner(line: string): boolean {
  const words = line.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return words.length < 3 || line === line.toUpperCase();
}

/** A few words, one sentence without a full stop, no dateline: a line wrapped mid-paragraph is not one. */
function looksLikeHeadline(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return line.length <= 200 && words.length <= 30 && !/[.,:;]$/u.test(line.trim()) && !/^\p{Ll}/u.test(line) &&
    !/[.!?]\s+\p{Lu}/u.test(line) && datelines(line).length === 0;
}

function wholeLineMatch(pattern: RegExp, line: string): boolean {
  const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(line);
  return !!match && match[0].trim() === line.trim();
}

// DOM → plain text that keeps the page's paragraphs: block elements end lines, so neighbouring blocks
// never glue together ("cooperation24 Jan 2024"), as they do with textContent.

const PARAGRAPHS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'UL', 'OL', 'DL', 'FIGURE', 'HR',
  'ARTICLE', 'SECTION', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'ADDRESS', 'FORM',
]);
const LINES = new Set(['DIV', 'LI', 'TR', 'DT', 'DD', 'FIGCAPTION', 'BR', 'CAPTION']);
const CELLS = new Set(['TD', 'TH']);
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'OBJECT']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const PARAGRAPH_BREAK = '\u0000P';
const LINE_BREAK = '\u0000L';

export function htmlToText(root: unknown): string {
  const parts: string[] = [];
  collect(root as DomNode, parts, false);
  return tidy(parts.join(''));
}

function collect(node: DomNode, parts: string[], preformatted: boolean): void {
  if (node.nodeType === 3) {
    const text = node.textContent ?? '';
    parts.push(preformatted ? text.replace(/\n/g, LINE_BREAK) : text.replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (NEVER_TEXT.has(name)) return;
  const mark = PARAGRAPHS.has(name) ? PARAGRAPH_BREAK : LINES.has(name) ? LINE_BREAK : '';
  parts.push(mark);
  const inPre = preformatted || name === 'PRE';
  for (const child of Array.from(node.childNodes)) collect(child, parts, inPre);
  parts.push(CELLS.has(name) ? ' ' : mark);
}

/** Turns the break marks into newlines: one blank line between paragraphs, none inside them. */
function tidy(marked: string): string {
  const lines = marked
    .replace(/[ \t]*(?:\u0000[PL][ \t]*)+/g, (run) => (run.includes(PARAGRAPH_BREAK) ? '\n\n' : '\n'))
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim());
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

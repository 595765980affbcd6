// Patterns that may match only where no letter comes before: `(?<![\p{L}])body`. V8 skips quickly to where a plain
// pattern can begin, but tries one that opens with a look-behind at every position, several times slower; so the
// body is searched alone and a match with a letter before it is passed over, the search going on one character
// later. The matches are exactly those of the pattern written with its look-behind.
export class WordStartPattern {
  /** The pattern as it would be written in one piece. */
  readonly source: string;
  private readonly body: RegExp;
  private readonly start: RegExp;

  /** `notBefore`: a character class source ("[\\p{L}]"); `body`: a pattern that matches no empty string;
   * `flags` without g or y. */
  constructor(notBefore: string, body: string, flags: string) {
    this.source = `(?<!${notBefore})(?:${body})`;
    this.body = new RegExp(body, `${flags}g`);
    this.start = new RegExp(`(?<!${notBefore})`, `${flags}y`);
  }

  /** Every match, in order, as a global exec loop over the whole pattern finds them. */
  matches(text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    for (let m = this.next(text, 0); m;) {
      out.push(m);
      m = this.next(text, m.index + (m[0] === '' ? this.step(text, m.index) : m[0].length));
    }
    return out;
  }

  /** The first match, or null. */
  first(text: string): RegExpExecArray | null {
    return this.next(text, 0);
  }

  test(text: string): boolean {
    return this.next(text, 0) !== null;
  }

  private next(text: string, from: number): RegExpExecArray | null {
    for (let at = from; at <= text.length;) {
      this.body.lastIndex = at;
      const m = this.body.exec(text);
      if (!m) return null;
      this.start.lastIndex = m.index;
      if (this.start.test(text)) return m;
      at = m.index + this.step(text, m.index);
    }
    return null;
  }

  /** One character on: a whole surrogate pair where the pattern reads code points. */
  private step(text: string, at: number): number {
    if (!this.body.unicode) return 1;
    const code = text.charCodeAt(at);
    return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
}

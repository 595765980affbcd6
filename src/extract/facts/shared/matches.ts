// Every match of a global pattern, found with exec on the pattern itself: matchAll copies the pattern on every
// call, and the copies are compiled afresh, which costs more than the search itself on a sentence.
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern}`);
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex += pattern.unicode && text.codePointAt(pattern.lastIndex)! > 0xffff ? 2 : 1;
    out.push(m);
  }
  return out;
}

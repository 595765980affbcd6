// CSV as RFC 4180 describes it: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote
// or line break, quotes doubled. Spreadsheet formula injection is defused by prefixing a quote mark.

export function csvLine(values: ReadonlyArray<string | number | boolean | null>): string {
  return values.map(csvField).join(',') + '\r\n';
}

function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  // A cell starting with = + - @ is run as a formula by spreadsheet programs; numbers are safe as they are.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

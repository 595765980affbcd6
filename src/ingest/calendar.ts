// Calendar checks for publication dates: only real days become ISO days.

/** "YYYY-MM-DD" when the parts make a real day, else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The day a timestamp-like value starts with, as written ("2024-01-24T11:30+03:00" → "2024-01-24"):
 * the publisher's local day, not shifted to UTC. A month alone ("2024-08") is not a day.
 */
export function isoDayPrefix(value: string | null | undefined): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(value ?? '');
  return match ? isoDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

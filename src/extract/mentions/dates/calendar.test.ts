import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, fromDayNumber, dayNumber, isLeapYear, isValidDay } from './calendar.js';

describe('calendar', () => {
  it.each([[2024, true], [2023, false], [2000, true], [1900, false]])('knows %i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([[2024, 2, 29], [2023, 2, 28], [2021, 4, 30], [2021, 12, 31]])('%i-%i has %i days', (y, m, n) => {
    expect(daysInMonth(y, m)).toBe(n);
  });

  it('rejects days that are not in the calendar', () => {
    expect(isValidDay(2023, 2, 29)).toBe(false);
    expect(isValidDay(2021, 13, 1)).toBe(false);
  });

  it('counts days from 1970-01-01 and back', () => {
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(fromDayNumber(dayNumber({ year: 2024, month: 2, day: 29 }))).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('moves across month and year ends', () => {
    expect(addDays({ year: 2024, month: 1, day: 1 }, -1)).toEqual({ year: 2023, month: 12, day: 31 });
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

import { describe, expect, it } from 'vitest';
import { StoreError } from '../core/errors.js';
import { daysOf, parsePeriodFilter } from './period.js';

describe('daysOf', () => {
  it.each([
    ['2021', { start: '2021-01-01', end: '2021-12-31' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29' }],
    ['2023-02', { start: '2023-02-01', end: '2023-02-28' }],
    ['2024-06-28', { start: '2024-06-28', end: '2024-06-28' }],
  ])('reads %s as the days it covers', (value, days) => {
    expect(daysOf(value)).toEqual(days);
  });

  it.each(['2021-13', '2023-02-29', 'June 2024', '', null, undefined])('has no days for %s', (value) => {
    expect(daysOf(value)).toBeNull();
  });
});

describe('parsePeriodFilter', () => {
  it('reads a year as the whole year', () => {
    expect(parsePeriodFilter('2021')).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });

  it('reads a range from the first day of its start to the last day of its end', () => {
    expect(parsePeriodFilter('2021-03..2022')).toEqual({ start: '2021-03-01', end: '2022-12-31' });
  });

  it.each(['2022..2021', '2021..', '2021..2022..2023', "'; drop table facts; --"])('refuses %s', (filter) => {
    expect(() => parsePeriodFilter(filter)).toThrow(StoreError);
  });
});

import { describe, expect, it } from 'vitest';
import { roundingStep, valuesAgree, type Reported } from './agreement.js';

const exact = (value: number): Reported => ({ value, qualifier: 'exact' });

describe('roundingStep', () => {
  it.each([
    [2_900_000_000, 100_000_000],
    [2_930_000_000, 10_000_000],
    [17.5, 0.1],
    [418_000, 1_000],
    [3, 1],
  ])('%d was rounded to %d', (value, step) => {
    expect(roundingStep(value)).toBeCloseTo(step);
  });
});

describe('valuesAgree', () => {
  it.each<[string, Reported, Reported, boolean]>([
    ['$2.9 bn and $2.93 bn: rounding', exact(2.9e9), exact(2.93e9), true],
    ['$3.4 bn and $3.37 bn: rounding', exact(3.4e9), exact(3.37e9), true],
    ['$2.9 bn and $3.4 bn: a conflict', exact(2.9e9), exact(3.4e9), false],
    ['$2.9 bn and $3 bn: the coarser rounds to $3 bn', exact(2.9e9), exact(3e9), true],
    ['17.5% and 17.6%', exact(17.5), exact(17.6), false],
    ['"about $3 bn" and $3.1 bn', { value: 3e9, qualifier: 'approx' }, exact(3.1e9), true],
    ['"more than $2 bn" and $2.9 bn', { value: 2e9, qualifier: 'more_than' }, exact(2.9e9), true],
    ['"more than $3 bn" and $2.1 bn', { value: 3e9, qualifier: 'more_than' }, exact(2.1e9), false],
    ['"less than $1 bn" and $2 bn', { value: 1e9, qualifier: 'less_than' }, exact(2e9), false],
    ['"more than 100" and "more than 150"', { value: 100, qualifier: 'more_than' }, { value: 150, qualifier: 'more_than' }, true],
  ])('%s', (_, a, b, agree) => {
    expect(valuesAgree(a, b)).toBe(agree);
    expect(valuesAgree(b, a)).toBe(agree);
  });
});

import { describe, expect, it } from 'vitest';
import type { Mention } from '../core/index.js';
import { mentionsWithin, placesWithin, type TextModel } from './model.js';
import { findPlaces } from './places/countries.js';

const number = (start: number, end: number) => ({ kind: 'number', span: [start, end] }) as unknown as Mention;
const text = 'Baku, Moscow and Astana; Ankara.';
const model: TextModel = {
  text, lang: 'en', published: null, sentences: [],
  mentions: [number(0, 2), number(3, 5), number(5, 9), number(12, 20)],
  places: findPlaces(text),
};

describe('mentionsWithin', () => {
  it.each([
    [0, 20, [[0, 2], [3, 5], [5, 9], [12, 20]]],
    [3, 9, [[3, 5], [5, 9]]],
    [1, 19, [[3, 5], [5, 9]]],
    [9, 12, []],
    [21, 30, []],
  ])('keeps only the mentions wholly inside [%i, %i]', (start, end, spans) => {
    expect(mentionsWithin(model, start, end).map((m) => m.span)).toEqual(spans);
  });
});

describe('placesWithin', () => {
  it('keeps only the places wholly inside the span', () => {
    expect(placesWithin(model, 5, 23).map((p) => p.text)).toEqual(['Moscow', 'Astana']);
    expect(placesWithin(model, 7, 23).map((p) => p.text)).toEqual(['Astana']);
  });
});

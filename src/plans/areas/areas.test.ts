// Areas of cooperation read from a text by the taxonomy's keywords, in English and Russian.
import { describe, expect, it } from 'vitest';
import { areasOf } from './index.js';

describe('areas of a text', () => {
  it('finds the areas whose keywords the text uses, in taxonomy order', () => {
    expect(areasOf('Talks on the North-South transport corridor and gas supplies')).toEqual(['trade', 'transport_logistics', 'energy']);
  });

  it('reads Russian word forms through the keyword stems', () => {
    expect(areasOf('Подписано соглашение о сотрудничестве в области энергетики')).toContain('energy');
  });

  it('finds none in a text about nothing it knows', () => {
    expect(areasOf('The weather was fine.')).toEqual([]);
  });
});

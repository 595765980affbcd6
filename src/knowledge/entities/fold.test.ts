import { describe, expect, it } from 'vitest';
import { personKey } from './fold.js';

describe('personKey', () => {
  it.each([
    ['Alexei Overchuk', 'Alexey Overchuk'],
    ['Alexei Overchuk', 'Aleksei Overchuk'],
    ['Alexei Overchuk', 'Алексей Оверчук'],
    ['Alexei Overchuk', 'Оверчук Алексей'],
    ['Shahin Mustafayev', 'Шахин Мустафаев'],
    ['Shahin Mustafayev', 'Şahin Mustafayev'],
    ['Alexander Novak', 'Александр Новак'],
    ['Mikayil Jabbarov', 'Mikayil Jabbarov'],
  ])('%s and %s are one person', (a, b) => {
    expect(personKey(a)).toBe(personKey(b));
  });

  it.each([
    ['Alexei Overchuk', 'Alexander Novak'],
    ['Ilham Aliyev', 'Heydar Aliyev'],
  ])('%s and %s are two people', (a, b) => {
    expect(personKey(a)).not.toBe(personKey(b));
  });
});

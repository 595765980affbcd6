import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['English prose', 'The trade turnover between Azerbaijan and Russia amounted to $2.9 billion in 2021, making Russia the third-largest partner.', 'en'],
    ['Russian prose', 'Товарооборот между Россией и Азербайджаном в прошлом году вырос на 17,5 процента и составил 4,4 миллиарда долларов.', 'ru'],
    ['Azerbaijani prose', 'Bakıda Rusiya-Azərbaycan Hökumətlərarası İqtisadi Əməkdaşlıq Komissiyasının 22-ci iclası keçirilib.', 'az'],
    ['a short English line', 'Trade rose 17.5% in 2023.', 'en'],
    ['a short Russian line', 'Товарооборот вырос.', 'ru'],
    ['a short Azerbaijani line', 'İclas keçirilib.', 'az'],
    ['figures only', '2023 — 17,5 %', 'und'],
  ])('recognises %s', (_name, text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

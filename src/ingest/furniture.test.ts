import { describe, expect, it } from 'vitest';
import { removeFurniture } from './furniture.js';

const PROSE = 'The trade turnover between Azerbaijan and Russia amounted to $2.9 billion in 2021, making Russia ' +
  'Azerbaijan’s third-largest partner, the ministry said.';

/** Furniture removal may blank and cut, never move: every kept character is where it was. */
function expectOffsetsKept(original: string, cleaned: string): void {
  expect(cleaned.length).toBeLessThanOrEqual(original.length);
  for (let i = 0; i < cleaned.length; i++) {
    if (cleaned[i] !== original[i]) expect([' ', original[i]]).toContain(cleaned[i]);
    if (original[i] === '\n') expect(cleaned[i]).toBe('\n');
  }
}

describe('removeFurniture', () => {
  it.each([
    ['a news feed and exchange-rate table', `${PROSE}\n\nNews feed\n\nExchange Rates\n\nUSD 1 1 ABŞ dolları 1.7\nEUR 1 1 Avro 1.8968`],
    ['related reading and an about-us blurb', `${PROSE}\n\nRelated Reading\n\n\nAbout Us\n\n${PROSE}`],
    ['an author blurb after a separator', `${PROSE}\n\n--\n\nAyya Lmahamad is AzerNews’ staff journalist\n\nFollow us on Twitter @AzerNewsAz`],
    ['editor initials and a comment box', `${PROSE}\nSKH/PR\nYour Comment`],
    ['closing outlet signatures', `${PROSE}\n\nNews.Az\n\nNews.Az`],
    ['a Russian "read also" list', `${PROSE}\n\nЧитайте также\nПутин провёл переговоры\nНовый рекорд товарооборота`],
  ])('cuts off %s', (_name, text) => {
    expect(removeFurniture(text)).toBe(PROSE);
  });

  it.each([
    ['the scraper date stamp', ' date 2022-04-05 By Azernews', '                 By Azernews'],
    ['font-size share buttons', ' date 2023-11-16 + ↺ − 16 px\n\nText', `${' '.repeat(28)}\n\nText`],
    ['a "Read on the website" line', 'Title\n\nRead on the website Vestnik Kavkaza\n\nText', `Title\n\n${' '.repeat(35)}\n\nText`],
    ['an empty "Posted by" byline', 'Title\n\nPosted by\n\nText', 'Title\n\n         \n\nText'],
    ['a photo credit', 'Text one.\nPhoto: AZERTAC\nText two.', 'Text one.\n              \nText two.'],
  ])('blanks %s in place', (_name, text, expected) => {
    expect(removeFurniture(text)).toBe(expected);
  });

  it('blanks an exchange-rate box between paragraphs, keeping the text after it', () => {
    const text = `${PROSE}\n\nExchange Rates\nUSD 1.7\nEUR 1.8968\n\n${PROSE}`;
    const cleaned = removeFurniture(text);
    expect(cleaned).not.toContain('USD');
    expect(cleaned.endsWith(PROSE)).toBe(true);
    expectOffsetsKept(text, cleaned);
  });

  it('keeps a trailing heading that comes before any article text', () => {
    expect(removeFurniture(`Comments\n\n${PROSE}`)).toBe(`Comments\n\n${PROSE}`);
  });

  it('keeps a separator followed by more article than a signature', () => {
    const text = `${PROSE}\n\n--\n\n${PROSE}\n${PROSE}\n${PROSE}\n${PROSE}\n${PROSE}`;
    expect(removeFurniture(text)).toBe(text);
  });

  it('keeps the offsets of a text with CRLF line ends', () => {
    const text = ` date 2022-04-05 By Azernews\r\n\r\n${PROSE}\r\n\r\nRelated Reading\r\nOther headline\r\n`;
    const cleaned = removeFurniture(text);
    expect(cleaned.endsWith(PROSE)).toBe(true);
    expectOffsetsKept(text, cleaned);
  });
});

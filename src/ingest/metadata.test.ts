import { describe, expect, it } from 'vitest';
import { metadataFromText } from './metadata.js';

describe('outlet from the text', () => {
  it.each([
    ['a one-word byline', ' date 2022-04-05 By Azernews\n\nBy Sabina Mammadli\n\nText.', 'Azernews'],
    ['a byline crediting an agency', 'BAKU, Azerbaijan, Feb. 21\n\nBy Sadraddin Aghjayev – Trend:\n\nText.', 'Trend'],
    ['a MENAFN credit', ' date 2024-02-29 (MENAFN- AzerNews) President Ilham Aliyev has sent', 'MENAFN (AzerNews)'],
    ['a slash credit', 'Azerbaijan, Baku / Trend corr I. Khalilova / A meeting will take place.', 'Trend'],
    ['a Russian agency between slashes', '29 мая 2019\n\nМОСКВА, 30 мая. /ТАСС/. Премьер-министр', 'ТАСС'],
    ['a "Read on the website" line', 'Azerbaijan among top-5\n\nRead on the website Vestnik Kavkaza\n\nText.', 'Vestnik Kavkaza'],
    ['a credit line under the dateline', ' date 2018-06-25 Baku, Azerbaijan, June 25\n\nTrend:\n\nRussian investments grew.', 'Trend'],
    ['an agency after the dateline', 'Declaration on allied interaction\n\nBaku, February 22, AZERTAC\nAs reported.', 'AZERTAC'],
    ['a closing signature', 'Text of the article.\n\nNews.Az', 'News.Az'],
    ['a closing source line', 'Text of the article.\nSource: UzA', 'UzA'],
  ])('reads %s', (_name, text, outlet) => {
    expect(metadataFromText(text).outlet).toBe(outlet);
  });

  it('does not take a person\'s byline for an outlet', () => {
    expect(metadataFromText(' date 2021-12-08 By Ayya Lmahamad\n\nAzerbaijan signed.').outlet).toBeNull();
  });
});

describe('title from the text', () => {
  it.each([
    ['a headline first line', 'Russia, Azerbaijan To Continue With 2022-2024 Cooperation Action Plan\n\nPosted by\n\nText.',
      'Russia, Azerbaijan To Continue With 2022-2024 Cooperation Action Plan'],
    ['a headline under a dateline', ' date 2022-11-18 2022 November 18 11:04\n\nTransit of Russian cargo via Azerbaijan increased by 98%\n\nText.',
      'Transit of Russian cargo via Azerbaijan increased by 98%'],
    ['a headline under a section banner', '"Kaspi" publications\n\nStrategic partnership will be further strengthened\n\nText.',
      'Strategic partnership will be further strengthened'],
    ['a Russian headline under a time stamp', '29 мая 2019, 21:06\n\nМедведев примет участие в заседании комиссии\n\nТекст.',
      'Медведев примет участие в заседании комиссии'],
  ])('reads %s', (_name, text, title) => {
    expect(metadataFromText(text).title).toBe(title);
  });

  it.each([
    ['a first sentence', 'The number of trips from Azerbaijan to Russia increased by 22,000.\nMore text.'],
    ['a line wrapped mid-paragraph', ' date 2024-02-29 (MENAFN- AzerNews) President Ilham Aliyev has sent an\nappeal to the participants'],
    ['two sentences without a final stop', 'Links with Russia develop successfully. Russia is the main partner, Ministry\n\nText.'],
    ['a byline then the article', ' date 2021-12-08 By Ayya Lmahamad\n\nAzerbaijan and Russia’s Astrakhan region have signed an Action Program.'],
  ])('finds none in %s', (_name, text) => {
    expect(metadataFromText(text).title).toBeNull();
  });
});

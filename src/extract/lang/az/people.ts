// Azerbaijani cues for people: role heads with their possessive and case endings ("Baş nazirin müavini",
// "komissiyanın həmsədri"), and the genitive chain that may join roles to a name. Names follow their role.
import type { PeopleLexicon } from '../../facts/people/lexicon.js';

const ENDING = '\\p{Ll}*';

export const people: PeopleLexicon = {
  roles: [
    `Baş nazirin birinci müavin${ENDING}`, `Baş nazirin müavin${ENDING}`, `Baş nazir${ENDING}`,
    `Birinci vitse-prezident${ENDING}`, `vitse-prezident${ENDING}`, `vitse-spiker${ENDING}`,
    `vitse-premyer${ENDING}`, `xarici işlər nazirinin müavin${ENDING}`, `xarici işlər nazir${ENDING}`,
    `nazirinin birinci müavin${ENDING}`, `nazirinin müavin${ENDING}`, `nazir müavin${ENDING}`, `nazir${ENDING}`,
    `Prezident${ENDING}`, `həmsədr${ENDING}`, `sədrinin müavin${ENDING}`, `sədrin müavin${ENDING}`,
    `sədr müavin${ENDING}`, `sədr${ENDING}`, `fövqəladə və səlahiyyətli səfir${ENDING}`, `səfir${ENDING}`,
    `baş konsul${ENDING}`, `konsul${ENDING}`, `attaşe${ENDING}`, `qubernator${ENDING}`, `rəhbərinin müavin${ENDING}`,
    `rəhbər${ENDING}`, `başçısının müavin${ENDING}`, `başçı${ENDING}`, `xüsusi nümayəndə${ENDING}`,
    `ticarət nümayəndə${ENDING}`, `nümayəndə${ENDING}`, `köməkçi${ENDING}`, `müşavir${ENDING}`,
    `baş direktor${ENDING}`, `direktor${ENDING}`, `mətbuat katib${ENDING}`, `baş katib${ENDING}`,
    `dövlət katib${ENDING}`, `spiker${ENDING}`, `deputat${ENDING}`, `millət vəkil${ENDING}`,
    `senator${ENDING}`, `prorektor${ENDING}`, `rektor${ENDING}`, `ombudsman${ENDING}`, `baş prokuror${ENDING}`,
    `kansler${ENDING}`, `müavin${ENDING}`, `həmkar${ENDING}`,
  ],
  // Nouns in the genitive or possessive ("komissiyanın", "Respublikasının") and the words of a ministry's name.
  gapWord: '\\p{Ll}+(?:nın|nin|nun|nün|ın|in|un|ün|sı|si|su|sü)|\\p{Lu}{2,}|üzrə|və|işlər|xarici|iqtisadiyyat',
  pluralRole: '(?:prezident|nazir|sədr|həmsədr)l[əa]r\\p{Ll}*',
  preposition: 'üzrə',
  notNames: [
    'Azərbaycan', 'Rusiya', 'Respublikası', 'Respublikasının', 'Federasiyası', 'Federasiyasının', 'Hökuməti',
    'Hökumətinin', 'Hökumətlərarası', 'Komissiya', 'Komissiyası', 'Komissiyasının', 'İqtisadi', 'Əməkdaşlıq',
    'Nazirlər', 'Kabineti', 'Kabinetinin', 'Nazirliyi', 'Nazirliyinin', 'Milli', 'Məclis', 'Məclisi', 'Məclisinin',
    'Dövlət', 'Duması', 'Şurası', 'Şurasının', 'Bankı', 'Forum', 'Forumu', 'Prezident', 'Prezidenti', 'Administrasiyası',
    'Bildirilib', 'Vurğulanıb', 'Qeyd', 'Belə', 'Eyni', 'Bu', 'O', 'Daha', 'Həmçinin', 'Tərəflər', 'Toplantıda',
    'Toplantı', 'İclas', 'İclasda', 'Baş', 'Birinci', 'Müttəfiqlik', 'Bəyannamə', 'Saziş', 'Fəaliyyət', 'Planı',
  ],
};

// Azerbaijani cues for events: cue phrases by type (with their case endings), scheduled wording, what makes a
// city the venue, and city names in the nominative ("Bakıda" → Bakı).
import type { VenueWords } from '../../facts/shared/places.js';
import type { EventsLexicon } from '../../facts/events/lexicon.js';

export const events: EventsLexicon = {
  cues: [
    // A narrated signing; the participle "imzalanan" only identifies a document.
    { type: 'signing', pattern: 'imzalan(?:ıb|dı|mışdır|ması)|imzalayıb(?:lar)?|imzaladı(?:lar)?|imzalanma mərasim\\p{L}*|sənədlər imzalan\\p{L}*' },
    { type: 'statement', pattern: 'brifinq\\p{L}*|mətbuat konfrans\\p{L}*|müsahibə\\p{L}*|jurnalistlərə|məktub\\p{L}*|müraciət\\p{L}*|bəyanat(?:la|ında|ı)?' },
    { type: 'forum', pattern: 'forum\\p{L}*|sərgi\\p{L}*|yarmarka\\p{L}*|konqres\\p{L}*|festival\\p{L}*' },
    { type: 'visit', pattern: 'səfər(?!l[əa]r)\\p{L}*|ziyarət(?!l[əa]r)\\p{L}*' },
    { type: 'other', pattern: 'sammit\\p{L}*|zirvə görüş\\p{L}*' },
    { type: 'meeting', pattern: 'iclas(?!lar)\\p{L}*|sessiya(?!lar)\\p{L}*|toplantı(?!lar)\\p{L}*|görüş(?!lər)\\p{L}*|danışıqlar\\p{L}*|məsləhətləşmələr\\p{L}*|müşavirə(?!lər)\\p{L}*' },
  ],
  planned: 'keçiriləcək|keçirilməsi planlaşdırılır|baş tutacaq|təşkil olunacaq|təşkil ediləcək|planlaşdırılır|gözlənilir|' +
    'səfər edəcək|görüşəcək|qarşıdakı|növbəti',
  ordinal: '(\\d+)-?\\p{L}*\\s+$',
  // Azerbaijani names an event with a genitive before the cue ("Komissiyasının 22-ci iclası"); a bare cue opening
  // its clause ("Toplantıda …", "… bildirilib ki, iclasda …") or after "bu"/"həmin" refers back to it.
  anaphoric: '(?:^|[,:]|(?:^|\\s)(?:bu|həmin|sözügedən|ki))\\s*$',
  elsewhere: '(?:^|\\s)(?:əvvəlki|ötən|keçən|sonuncu)\\s+$',
  body: 'komissiya|şura|komitə',
};

// The venue ending (-da/-də) is part of the matched city, so a city opening its clause ("Bakıda … keçirilib")
// or named as the capital or the city ("paytaxtı Bakıda", "Bakı şəhərində") is the venue.
export const venues: VenueWords = {
  before: '^|paytaxtı\\s+',
  after: '\\s+şəhərində|\\s+ev sahibliyi',
  nominatives: [
    'Bakı', 'Gəncə', 'Sumqayıt', 'Şuşa', 'Naxçıvan', 'Lənkəran', 'Qəbələ', 'Xankəndi', 'Moskva', 'Sankt-Peterburq',
    'Soçi', 'Kazan', 'Mahaçqala', 'Həştərxan', 'Tbilisi', 'Batumi', 'Ankara', 'İstanbul', 'Astana', 'Almatı',
    'Daşkənd', 'Səmərqənd', 'Buxara', 'Aşqabad', 'Bişkek', 'Düşənbə', 'Minsk', 'Kiyev', 'Pekin', 'Şanxay', 'Tehran',
    'İrəvan', 'Vaşinqton',
    'Mingəçevir', 'Şirvan', 'Şəki', 'Quba', 'Qusar', 'Zaqatala', 'Xaçmaz', 'Ağdam', 'Füzuli', 'Laçın', 'Kəlbəcər',
    'Zəngilan', 'Cəbrayıl', 'Şamaxı', 'Naftalan', 'Astara', 'Yevlax', 'Bərdə', 'Göygöl', 'Tovuz', 'Balakən', 'Şəmkir',
    'Samara', 'Volqoqrad', 'Krasnodar', 'Stavropol', 'Dərbənd', 'Yekaterinburq', 'Novosibirsk', 'Çelyabinsk', 'Tümen',
    'Orenburq', 'Saratov', 'Kalininqrad', 'Kutaisi', 'İzmir', 'Antalya', 'Bursa', 'Qars', 'İğdır', 'Trabzon', 'Şımkənd',
    'Aktau', 'Atırau', 'Türküstan', 'Xivə', 'Namanqan', 'Türkmənbaşı', 'Avaza', 'Təbriz', 'Məşhəd', 'Ərdəbil',
    'Berlin', 'Paris', 'London', 'Budapeşt', 'Belqrad', 'Vyana', 'Cenevrə', 'Brüssel', 'Dubay', 'Tokio', 'Seul',
  ],
};

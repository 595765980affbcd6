// English cues for people: role heads, the words that may join a role to its name, and capitalised words that
// are never names. Regex sources; roles are matched case-insensitively.
import type { PeopleLexicon } from '../../facts/people/lexicon.js';

// Portfolios named before "Minister" ("Energy Minister", "Deputy Foreign Minister").
const PORTFOLIO = 'Economy|Economic Development|Finance|Energy|Transport|Trade|Industry|Agriculture|Defen[cs]e|' +
  'Foreign|Interior|Justice|Health|Education|Science|Culture|Labou?r|Emergenc(?:y|ies)|Ecology|Environment|' +
  'Digital Development|Digital|Communications?|Tourism|Sports?|Youth|Construction|Investment|Natural Resources';

export const people: PeopleLexicon = {
  roles: [
    'First Deputy Prime Minister', 'Deputy Prime Minister', 'Prime Minister', 'deputy PM', 'Premier', 'Vice-Premier',
    'Presidents', 'Prime Ministers', 'Foreign Ministers', 'First Vice[- ]President', 'Vice[- ]President', 'President',
    `(?:First )?Deputy (?:${PORTFOLIO}) Minister`, `(?:${PORTFOLIO}) Minister`, 'First Deputy Minister',
    'Deputy Minister', 'Minister', 'Deputy Governor', 'Vice[- ]Governor', 'Governor', 'Co-Chair(?:man|woman|person)?',
    'Vice-Chair(?:man|woman|person)?', 'First Deputy Chair(?:man|woman|person)?', 'Deputy Chair(?:man|woman|person)?',
    'Chair(?:man|woman|person)', 'Deputy Speaker', 'Vice[- ]Speaker', 'Speaker', 'spokes(?:person|man|woman)',
    'Ambassador Extraordinary and Plenipotentiary', 'Ambassador(?:-at-Large)?', 'Consul[- ]General', 'Consul',
    "Charg[eé] d['’]Affaires", 'Plenipotentiary Representative', 'Permanent Representative', 'Trade Representative',
    'Special Representative', 'Representative', 'Attach[eé]', 'First Deputy Head', 'Deputy Head', 'Head',
    'Chief of Staff', 'Deputy Chief', 'Chief Executive(?: Officer)?', 'Chief', 'Vice[- ]Rector', 'Rector',
    'Professor', 'member', 'Senator', 'State Duma deputy', 'Deputy Mayor', 'Mayor', 'Akim', 'Hokim', 'Khokim',
    'Deputy Director(?:-General)?', 'Director(?:-General)?', 'Director General', 'Managing Director',
    'Secretary[- ]General', 'State Secretary', 'Press Secretary', 'Secretary', 'Prosecutor[- ]General',
    'Ombuds(?:man|person|woman)', 'Commissioner', 'Chancellor', 'Patriarch', 'Crown Prince',
    'aide', 'Assistant', 'adviser', 'advisor', 'Counsell?or', 'envoy', 'CEO',
  ],
  gapWord: "of|the|for|to|on|in|at|and|de|economist|expert|analyst|politician|lawmaker|MP|lower|upper|house",
  pluralRole: "(?:President|Minister)s",
  pluralEnding: 's',
  speech: 'said|says|stated|noted|added|stressed|emphasi[sz]ed|underlined|told|explained|announced|recalled',
  anaphor: 'the\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}({role})\\s+(?:also\\s+)?(?:{speech})',
  counterpart: 'counterpart',
  preposition: 'of|for|in|on|at|to|the',
  notNames: [
    'The', 'A', 'An', 'In', 'On', 'At', 'Of', 'And', 'By', 'Mr', 'Mrs', 'Ms', 'Dr', 'His', 'Her', 'He', 'She', 'They', 'We', 'It', 'I',
    'Ministry', 'Minister', 'Federation', 'Republic', 'Government', 'Council', 'Commission', 'Cooperation',
    'Economic', 'Economy', 'Foreign', 'Affairs', 'Service', 'Agency', 'Department', 'Committee', 'Parliament',
    'Duma', 'State', 'Federal', 'Assembly', 'Forum', 'Center', 'Centre', 'Bank', 'University', 'Office',
    'Administration', 'Union', 'Organization', 'Company', 'Corporation', 'Group', 'Press', 'News', 'Region',
    'Development', 'Industry', 'Trade', 'Safety', 'Food', 'Supervision', 'Surveillance', 'Head', 'Chief',
    'Deputy', 'Prime', 'President', 'Governor', 'Chairman', 'Speaker', 'Issues', 'Regional', 'Mejlis', 'Milli',
    'Intergovernmental', 'Joint', 'Co-Chairman', 'Vice-Chairman', 'Vice-Premier', 'CPPCC', 'RANEPA', 'Kremlin',
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  ],
};

// The one taxonomy of cooperation areas, with the English and Russian words that signal each.
// Keywords are stems or prefixes ("invest" matches "investment", "инвест" matches "инвестиций"):
// see wording.ts for how a keyword meets a word of a text.

export const AREA_IDS = [
  'trade', 'transport_logistics', 'industry', 'energy', 'agriculture', 'digital_innovation',
  'finance_investment', 'tourism', 'culture', 'education_science', 'health', 'regional_cooperation', 'security',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

export interface Area {
  id: string;
  title: string;
  keywords: { en: string[]; ru: string[] };
}

export const AREAS: readonly Area[] = [
  { id: 'trade', title: 'Trade', keywords: {
    en: ['trade', 'export', 'import', 'supplies', 'trade house', 'trade mission', 'market', 'goods', 'customs'],
    ru: ['торгов', 'товарооборот', 'экспорт', 'импорт', 'поставк', 'торговый дом', 'таможен', 'рынк'] } },
  { id: 'transport_logistics', title: 'Transport and logistics', keywords: {
    en: ['transport', 'logistic', 'corridor', 'north-south', 'railway', 'rail', 'cargo', 'freight', 'port', 'checkpoint', 'border crossing', 'transit', 'shipping', 'navigation'],
    ru: ['транспорт', 'логистик', 'коридор', 'север-юг', 'железн', 'груз', 'порт', 'пункт пропуска', 'пунктов пропуска', 'транзит', 'судоход'] } },
  { id: 'industry', title: 'Industry', keywords: {
    en: ['industr', 'manufactur', 'production', 'co-production', 'factory', 'machinery', 'shipbuild', 'high-tech', 'engineering'],
    ru: ['промышлен', 'производств', 'завод', 'машиностро', 'судостро', 'высокотехнолог', 'кооперац'] } },
  { id: 'energy', title: 'Energy', keywords: {
    en: ['energy', 'oil', 'gas', 'electric', 'power', 'renewable'],
    ru: ['энерг', 'нефт', 'газ', 'электро', 'возобновля'] } },
  { id: 'agriculture', title: 'Agriculture', keywords: {
    en: ['agricultur', 'agro', 'food', 'livestock', 'crop', 'farm', 'fruit', 'vegetable', 'tomato', 'veterinar', 'phytosanitar', 'plant product'],
    ru: ['сельск', 'агро', 'продовольств', 'животновод', 'растениевод', 'фермер', 'фрукт', 'овощ', 'томат', 'ветеринар', 'фитосанитар'] } },
  { id: 'digital_innovation', title: 'Digital technologies and innovation', keywords: {
    en: ['digital', 'innovat', 'technolog', 'e-commerce', 'information'],
    ru: ['цифров', 'инновац', 'технолог', 'информацион'] } },
  { id: 'finance_investment', title: 'Finance and investment', keywords: {
    en: ['invest', 'financ', 'bank', 'national currenc', 'settlement', 'payment', 'efficiency of the economy', 'budget', 'tax'],
    ru: ['инвест', 'финанс', 'банк', 'национальн валют', 'расчет', 'расчёт', 'платеж', 'бюджет', 'налог'] } },
  { id: 'tourism', title: 'Tourism', keywords: {
    en: ['touris', 'tourist trip', 'travel'],
    ru: ['туризм', 'туристи', 'турпоток', 'поездк'] } },
  { id: 'culture', title: 'Culture and humanitarian ties', keywords: {
    en: ['cultur', 'humanitarian', 'arts', 'literature', 'sport', 'youth', 'media'],
    ru: ['культур', 'гуманитар', 'искусств', 'спорт', 'молодеж', 'молодёж'] } },
  { id: 'education_science', title: 'Education and science', keywords: {
    en: ['educat', 'universit', 'student', 'school', 'science', 'scientific', 'research', 'teaching'],
    ru: ['образован', 'университет', 'вуз', 'студент', 'школ', 'наук', 'научн', 'преподава'] } },
  { id: 'health', title: 'Health', keywords: {
    en: ['health', 'medic', 'pharma', 'hospital', 'sanitar'],
    ru: ['здравоохран', 'медицин', 'фармац', 'больниц', 'санитар'] } },
  { id: 'regional_cooperation', title: 'Regional and interregional cooperation', keywords: {
    en: ['region', 'interregional', 'governor', 'forum of regions', 'province'],
    ru: ['регион', 'межрегион', 'губернатор', 'субъект'] } },
  { id: 'security', title: 'Security', keywords: {
    en: ['security', 'military', 'defence', 'defense', 'terror', 'border protection', 'crime'],
    ru: ['безопасност', 'военн', 'оборон', 'террор', 'преступн'] } },
];

// What page furniture looks like, as data: the headings that open a page's trailing furniture, the lines and
// snippets that are widget or credit text wherever they stand, and the heading of an exchange-rate box.

/** A line that starts the page's trailing furniture: everything from it to the end is not the article. */
export const TRAILING_HEADING = new RegExp(
  '^(?:' +
    [
      'news ?feed', 'related (?:reading|news|articles|stories|posts|content)', 'read (?:also|more)', 'see also',
      'more (?:news|stories|from [\\p{L} ]+|on (?:this|the) topic)', 'other news', 'latest news', 'most (?:read|popular)',
      'top stories', 'you may (?:also )?like', 'recommended', 'about us', 'your comment', 'leave a (?:comment|reply)',
      'comments?', 'share(?: this(?: article| story)?)?', 'tags?:.*',
      'читайте также', 'по теме', 'другие новости', 'лента новостей', 'новости партн[её]ров', 'похожие новости',
      'последние новости', 'комментарии', 'теги:.*',
      'oxşar xəbərlər', 'digər xəbərlər', 'xəbər lenti', 'son xəbərlər', 'həmçinin oxuyun', 'xəbərlər lenti',
    ].join('|') +
    ')\\s*:?$',
  'iu',
);

/** A separator line before an author blurb or follow-us lines ("--", "___", "***"). */
export const SIGNATURE_SEPARATOR = /^\s*(?:-{2,}|—|_{3,}|\*{3,})\s*$/u;

/** Lines that close a page and carry no article text: an outlet signature, editor initials, follow-us prompts. */
export const TRAILING_CREDIT_LINE = [
  /^\s*\p{Lu}[\p{L}\d-]*\.[A-Za-z]{2,}\s*$/u,
  /^\s*\p{Lu}{2,4}(?:\/\p{Lu}{2,4})+\s*$/u,
  /^\s*(?:follow|subscribe|join) us\b.{0,120}$/iu,
];

/** The heading of an exchange-rate box; the table rows under it go with it. */
export const EXCHANGE_RATE_HEADING =
  /^\s*(?:exchange rates?|currency rates?|курсы? валют|valyuta məzənnələri|məzənnələr)\s*:?\s*$/iu;
/** A row of such a box: short, with a figure or a currency code, and no sentence in it. */
export const TABLE_ROW = /^(?=.*(?:\d|\b\p{Lu}{3}\b))(?!.*[.!?]\s+\p{Lu}).{1,100}$/u;

/** Snippets blanked wherever they stand: whole lines, or the share widget that opens a text. Nothing that can
 * stand inside a sentence, since a blanked sentence would no longer match its quote in the original file. */
export const INLINE_FURNITURE: RegExp[] = [
  /\uFEFF/g,
  /\+\s*↺\s*[−–-]\s*\d+\s*px/gu,
  /^[ \t]*read (?:it )?on the website\b.{0,120}$/gimu,
  /^[ \t]*posted by[ \t]*$/gimu,
  /^[ \t]*(?:photo|photos|фото|foto|şəkil)(?:[ \t]+(?:by|credit))?[ \t]*[:©].{0,120}$/gimu,
  /^[ \t]*(?:follow us on|subscribe to our|join us on|подписывайтесь на|подпишитесь на|bizi izləyin)(?![\p{L}]).{0,140}$/gimu,
];

/** The scraper's stamp at the very start of a text (" date 2022-04-05"): metadata, read then blanked. */
export const DATE_STAMP = /^\uFEFF?[ \t]*date[ \t]+\d{4}-\d{2}(?:-\d{2})?(?![\d-])/u;

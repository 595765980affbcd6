// Instruments: the plans, road maps, agreements and other documents a text names or identifies, with the date and
// city of signing, the parties and the end of the period covered. One fact per document per text. A signing the
// text narrates without a date is dated by publication.
import type { Instrument, Span } from '../../../core/index.js';
import type { TextModel } from '../../model.js';
import { placesWithin } from '../../model.js';
import { countryOf } from '../../places/countries.js';
import { lexiconFor } from '../shared/language.js';
import { nearestDate, statedDates, type StatedDate } from '../shared/dates.js';
import { compileVenueWords, venueWithin } from '../shared/places.js';
import { sameTitle } from '../shared/title-tokens.js';
import { instruments as en } from '../../lang/en/instruments.js';
import { instruments as ru } from '../../lang/ru/instruments.js';
import { instruments as az } from '../../lang/az/instruments.js';
import { venues as enVenues } from '../../lang/en/events.js';
import { venues as ruVenues } from '../../lang/ru/events.js';
import { venues as azVenues } from '../../lang/az/events.js';
import { namesWithin } from '../people/index.js';
import { compileInstrumentsLexicon, signatoriesClause, titlesIn, type CompiledInstrumentsLexicon, type TitleMatch } from './titles.js';

const LEXICONS = { en: compileInstrumentsLexicon(en), ru: compileInstrumentsLexicon(ru), az: compileInstrumentsLexicon(az) };
const VENUES = { en: compileVenueWords(enVenues), ru: compileVenueWords(ruVenues), az: compileVenueWords(azVenues) };

interface Found extends Instrument {
  bare: boolean;
  /** signed_on was read from the text, not implied by the publication date. */
  dated: boolean;
}

const AFTER_TITLE = 80;


export function findInstruments(model: TextModel): Instrument[] {
  const lexicon = lexiconFor(model.lang, LEXICONS);
  const found: Found[] = [];
  for (const sentence of model.sentences) {
    const [start, end] = sentence.span;
    const dates = statedDates(model, start, end);
    const signed = lexicon.signing.test(sentence.text);
    const place = signed ? venueWithin(model, start, end, lexiconFor(model.lang, VENUES)) : null;
    const cite = { quote: sentence.text, span: sentence.span };
    found.push(...datedStatements(model, sentence.text, start, dates, lexicon).map((f) => ({ ...f, place, ...cite })));
    const stops = dates.filter((d) => d.precision === 'day' || d.precision === 'month').map((d) => d.span[0]);
    const titles = titlesIn(sentence.text, start, lexicon, stops).filter((t) => !t.bare || signed);
    const outside = dates.filter((d) => !titles.some((t) => d.span[0] >= t.start && d.span[1] <= t.end));
    if (!titles.length && signed && lexicon.reference.test(sentence.text)) {
      const last = found.at(-1);
      const date = nearestDate(outside, start);
      if (last && !last.dated && date) Object.assign(last, { signed_on: date.date, dated: true });
      if (last) last.place ??= place;
    }
    for (const t of titles) {
      const inTitle = dates.filter((d) => d.span[0] >= t.start && d.span[1] <= t.end);
      const date = signed ? signingDate(outside, t.end) : datedBy(model, outside, t.end, lexicon);
      const title = withSessionBody(model, withSignatories(model, sentence.text, start, t, lexicon), lexicon);
      found.push({
        type: t.type, title, bare: t.bare && title === t.title, dated: !!date,
        signed_on: date?.date ?? (signed ? model.published : null),
        place,
        parties: parties(model, [t.start, t.end], sentence.span),
        valid_until: validUntil(inTitle),
        ...cite,
      });
    }
  }
  return merge(found);
}

/** A title runs on into the people who signed it: "road map signed by Alexei Overchuk and Shahin Mustafayev". */
function withSignatories(model: TextModel, text: string, offset: number, t: TitleMatch,
  lexicon: CompiledInstrumentsLexicon): string {
  const clause = lexicon.signedBy && signatoriesClause(text, t.end - offset, lexicon);
  if (!lexicon.signedBy || !clause) return t.title;
  const names = namesWithin(model, offset + clause[0], offset + clause[1]);
  return names.length ? `${t.title} ${lexicon.signedBy.phrase} ${names.join(` ${lexicon.signedBy.and} `)}` : t.title;
}

/** "protocol of the 8th meeting" → "… of the joint intergovernmental commission on …", the body named elsewhere. */
function withSessionBody(model: TextModel, title: string, lexicon: CompiledInstrumentsLexicon): string {
  if (!lexicon.session?.ending.test(title)) return title;
  const body = lexicon.session.body.exec(model.text)?.[1];
  return body ? `${title} ${lexicon.session.joiner} ${body.replace(/\s+/gu, ' ')}` : title;
}

/** The date of signing: the first date right after the title ("… signed on 3 July 1997"), else the nearest one. */
function signingDate(dates: StatedDate[], titleEnd: number): StatedDate | null {
  const after = dates.find((d) => !d.open && d.span[0] >= titleEnd && d.span[0] - titleEnd <= AFTER_TITLE);
  return after ?? nearestDate(dates, titleEnd);
}

/** A document identified by its date: "the agreement … on December 20, 2006", "protocol of May 10, 2002". */
function datedBy(model: TextModel, dates: StatedDate[], titleEnd: number, lexicon: CompiledInstrumentsLexicon):
  StatedDate | null {
  const next = dates.find((d) => d.span[0] >= titleEnd && !d.open);
  return next && lexicon.datedBy.test(model.text.slice(titleEnd, next.span[0])) ? next : null;
}

/** "trilateral statements of November 10, 2020, January 11 and November 26, 2021": one document per date. */
function datedStatements(model: TextModel, text: string, offset: number, dates: StatedDate[],
  lexicon: CompiledInstrumentsLexicon): Omit<Found, 'place' | 'quote' | 'span'>[] {
  const out: Omit<Found, 'place' | 'quote' | 'span'>[] = [];
  for (const m of lexicon.datedPlural.pattern.matches(text)) {
    const modifier = m[0].split(/\s+/u)[0];
    let at = offset + m.index! + m[0].length;
    for (const d of dates.filter((x) => x.span[0] >= at && x.precision === 'day')) {
      if (/[^\s,\p{L}]|\p{L}{4,}/u.test(model.text.slice(at, d.span[0]))) break;
      out.push({
        type: lexicon.datedPlural.type, title: `${modifier} ${lexicon.datedPlural.singular} ${model.text.slice(d.span[0], d.span[1])}`,
        bare: false, dated: true, signed_on: d.date, parties: parties(model, [offset, offset + text.length], [offset, offset + text.length]),
        valid_until: null,
      });
      at = d.span[1];
    }
  }
  return out;
}

/** The countries the title names; where it names fewer than two, those of the sentence as well. */
function parties(model: TextModel, title: Span, sentence: Span): string[] {
  const codes = (span: Span) => placesWithin(model, span[0], span[1])
    .map((p) => (p.kind === 'region' ? p.code : countryOf(p.code)));
  const own = [...new Set(codes(title))];
  return own.length >= 2 ? own : [...new Set([...own, ...codes(sentence)])];
}

/** The end of the period a title covers: "for 2022", "up to 2024", "на 2024-2026 годы". */
function validUntil(inTitle: StatedDate[]): string | null {
  const period = inTitle.filter((d) => d.open === 'start' || d.precision !== 'day').at(-1);
  return period ? period.last : null;
}

/** The same document mentioned again ("the Action Plan", "the document") is one fact with the fullest fields. */
function merge(found: Found[]): Instrument[] {
  const kept: Found[] = [];
  for (const f of found) {
    const same = kept.find((k) => k.type === f.type && (k.bare || f.bare || sameTitle(k.title, f.title))
      && (!k.dated || !f.dated || k.signed_on === f.signed_on));
    if (!same) {
      kept.push({ ...f });
      continue;
    }
    if (same.bare && !f.bare || f.title.length > same.title.length && !f.bare) {
      Object.assign(same, { title: f.title, bare: f.bare, quote: f.quote, span: f.span });
    }
    if (!same.dated && f.dated || !same.signed_on) Object.assign(same, { signed_on: f.signed_on, dated: f.dated });
    same.place ??= f.place;
    same.valid_until ??= f.valid_until;
    same.parties = [...new Set([...same.parties, ...f.parties])];
  }
  return kept.map(({ bare: _bare, dated: _dated, ...instrument }) => instrument);
}

// Stable keys for facts: the document's content hash, the kind, and what the fact says, normalised so that
// an extractor that finds the same fact again (another span, another word order of a title) gives the same key.
import { stableId, type EventFact, type Instrument, type Measurement, type Person } from '../../core/index.js';
import { personKey, toLatin } from '../entities/fold.js';
import { titleWords } from '../entities/instruments.js';

export type KeyedFact =
  | { kind: 'measurement'; fact: Measurement | Omit<Measurement, 'quote' | 'span'> }
  | { kind: 'instrument'; fact: Instrument | Omit<Instrument, 'quote' | 'span'> }
  | { kind: 'event'; fact: EventFact | Omit<EventFact, 'quote' | 'span'> }
  | { kind: 'person'; fact: Person };

const text = (value: string | null | undefined) => (value ? toLatin(value).replace(/\s+/g, ' ').trim() : null);
const words = (title: string) => [...titleWords(title)].sort();

function normalised(item: KeyedFact): unknown[] {
  switch (item.kind) {
    case 'measurement': {
      const m = item.fact;
      return [m.indicator, text(m.label), m.value, m.unit, m.period?.start ?? null, m.period?.end ?? null, m.from ?? null, m.to ?? null];
    }
    case 'instrument':
      return [item.fact.type, words(item.fact.title), item.fact.signed_on];
    case 'event':
      return [item.fact.type, item.fact.date, text(item.fact.place), words(item.fact.title)];
    case 'person':
      return [personKey(item.fact.name), text(item.fact.role)];
  }
}

export function factKey(contentHash: string, item: KeyedFact): string {
  return stableId('fact', contentHash, item.kind, normalised(item));
}

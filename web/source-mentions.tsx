// Every place an entity (a person, an instrument) was seen: the document, its date and the quote, each linking
// to the fact highlighted in its document.
import type { EntitySource } from '../src/knowledge/entities/evidence.js';
import { sourceHref } from './figures.js';

export function SourceMentions(props: { heading: string; sources: EntitySource[] }) {
  return (
    <section aria-labelledby="mentions-h">
      <h2 id="mentions-h">{props.heading} ({props.sources.length})</h2>
      <ol class="mentions">
        {props.sources.map((source) => (
          <li><a href={sourceHref(source)}>{source.file}{source.published ? `, ${source.published}` : ''}</a>
            {source.quote && <blockquote>{source.quote}</blockquote>}</li>
        ))}
      </ol>
    </section>
  );
}

-- Each copy names its story's canonical copy, so that a newcomer is compared with that one copy to learn
-- whether it joins the story or becomes its new canonical, without reading every member.
-- Written for PostgreSQL 15 and PGlite alike.

ALTER TABLE document_knowledge ADD COLUMN story_canonical text;

-- The canonical as the stories were settled: earliest published (undated last), then longest, then smallest id.
UPDATE document_knowledge k SET story_canonical = c.document_id
FROM (
  SELECT DISTINCT ON (m.story_id) m.story_id, m.document_id
  FROM document_knowledge m JOIN documents d ON d.id = m.document_id
  ORDER BY m.story_id, d.published NULLS LAST, m.text_length DESC, m.document_id COLLATE "C"
) c
WHERE c.story_id = k.story_id;

ALTER TABLE document_knowledge ALTER COLUMN story_canonical SET NOT NULL;

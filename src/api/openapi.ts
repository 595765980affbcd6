// The OpenAPI 3.1 description of /api, kept beside the routes: parameters and bodies come from the same zod
// schemas the routes validate with; responses are described by hand.
import { z } from 'zod';
import { StoriesQuery } from './routes/stories.js';
import {
  ConflictsQuery, DocumentParams, DocumentsQuery, FactsQuery, IndicatorParams, IndicatorQuery, InstrumentParams, InstrumentsQuery,
  MeasureParams, PagingQuery, PeopleQuery, PersonParams, PlanParams, PlanQuery, ReviewBody, ReviewQueueQuery, SearchQuery, TimelineQuery, UploadText,
} from './schemas.js';

type JsonObject = Record<string, unknown>;

function parameters(schema: z.ZodType, where: 'query' | 'path'): JsonObject[] {
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties: Record<string, JsonObject>; required?: string[] };
  return Object.entries(json.properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: where, required: where === 'path' || (json.required ?? []).includes(name), description, schema: rest };
  });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonObject, description: string) => ({ description, content: { 'application/json': { schema } } });
const page = (item: string) => ({
  type: 'object', required: ['items', 'total', 'limit', 'offset'],
  properties: { items: { type: 'array', items: ref(item) }, total: { type: 'integer' }, limit: { type: ['integer', 'null'] }, offset: { type: 'integer' } },
});
/** A page of items as lists show them: the newest few sources of each, and how many it has in all. */
const listedPage = (item: string) => ({
  ...page(item),
  properties: {
    ...page(item).properties,
    items: { type: 'array', items: { allOf: [ref(item), { type: 'object', required: ['sourceCount'], properties: { sourceCount: { type: 'integer' } } }] } },
  },
});
const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [status, { $ref: `#/components/responses/E${status}` }]));
const reads = errors(400, 401, 429, 500);

export const openApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Concord API', version: '0.1.0', description: 'Cited facts about intergovernmental cooperation. Reading is open unless the server requires a token; every write needs `Authorization: Bearer <token>`.' },
  paths: {
    '/api/documents': {
      get: { summary: 'Stored documents, newest first', parameters: parameters(DocumentsQuery, 'query'), responses: { 200: json(page('DocumentSummary'), 'a page of documents'), ...reads } },
      post: {
        summary: 'Upload a document (editor): its text as JSON, or a file as multipart/form-data',
        security: [{ bearer: [] }],
        requestBody: { required: true, content: {
          'application/json': { schema: z.toJSONSchema(UploadText, { io: 'input' }) },
          'multipart/form-data': { schema: { type: 'object', required: ['file', 'reason'], properties: { file: { type: 'string', format: 'binary' }, reason: { type: 'string' } } } },
        } },
        responses: { 201: json(ref('UploadResult'), 'stored'), 200: json(ref('UploadResult'), 'already stored (same text)'), ...errors(400, 401, 403, 409, 413, 415, 422, 429, 500) },
      },
    },
    '/api/documents/{id}': {
      get: { summary: 'One document with its text and facts', parameters: parameters(DocumentParams, 'path'), responses: { 200: json(ref('Document'), 'the document'), ...errors(400, 401, 404, 429, 500) } },
    },
    '/api/facts': {
      get: { summary: 'Facts with their quotes and spans', parameters: parameters(FactsQuery, 'query'), responses: { 200: json(page('Fact'), 'a page of facts'), ...reads } },
    },
    '/api/search': {
      get: { summary: 'Full-text search (English and Russian stemming); matches in snippets sit between ⟦ and ⟧', parameters: parameters(SearchQuery, 'query'), responses: { 200: json(page('SearchHit'), 'a page of hits; on a large store only the newest 300 matches (or as many as the page reaches) are ranked'), ...reads } },
    },
    '/api/stats': {
      get: { summary: 'Counts of documents and facts by kind', responses: { 200: json(ref('Stats'), 'the counts'), ...reads } },
    },
    '/api/stories': {
      get: { summary: 'Documents grouped into stories (copies of one report)', parameters: parameters(StoriesQuery, 'query'), responses: { 200: json(page('Story'), 'a page of stories'), ...reads } },
    },
    '/api/conflicts': {
      get: { summary: 'Figures on which sources disagree beyond rounding, newest period first', parameters: parameters(ConflictsQuery, 'query'), responses: { 200: json(page('Figure'), 'a page of conflicting figures'), ...reads } },
    },
    '/api/indicators/{name}': {
      get: {
        summary: "One indicator's figures over time, oldest period first, each with its sources and any conflict",
        parameters: [...parameters(IndicatorParams, 'path'), ...parameters(IndicatorQuery, 'query')],
        responses: { 200: json({ allOf: [page('Figure'), { type: 'object', properties: { indicator: { type: 'string' }, pair: { type: ['string', 'null'] }, units: { type: 'array', items: { type: 'string' } } } }] }, 'the series'), ...reads },
      },
    },
    '/api/people': {
      get: { summary: 'People resolved across spellings, with roles over time', parameters: parameters(PeopleQuery, 'query'), responses: { 200: json(listedPage('Person'), 'a page of people, each with its 5 newest sources and the count of all (`sourceCount`)'), ...reads } },
    },
    '/api/people/{id}': {
      get: { summary: 'One person with every spelling, role and source', parameters: parameters(PersonParams, 'path'), responses: { 200: json(ref('Person'), 'the person'), ...errors(400, 401, 404, 429, 500) } },
    },
    '/api/instruments': {
      get: { summary: 'Instruments (plans, agreements, memoranda…) resolved across title variants', parameters: parameters(InstrumentsQuery, 'query'), responses: { 200: json(listedPage('Instrument'), 'a page of instruments, each with its 5 newest sources and the count of all (`sourceCount`)'), ...reads } },
    },
    '/api/instruments/{id}': {
      get: { summary: 'One instrument with its mentions and the plan measures its facts are evidence for', parameters: parameters(InstrumentParams, 'path'), responses: { 200: json({ allOf: [ref('Instrument'), { type: 'object', properties: { measures: { type: 'array', items: { type: 'object' } } } }] }, 'the instrument'), ...errors(400, 401, 404, 429, 500) } },
    },
    '/api/plans': {
      get: { summary: 'Stored plans', parameters: parameters(PagingQuery, 'query'), responses: { 200: json(page('PlanSummary'), 'a page of plans'), ...reads } },
    },
    '/api/plans/{id}': {
      get: { summary: 'A plan: road maps and their measures with status, deadline and evidence counts as of a day', parameters: [...parameters(PlanParams, 'path'), ...parameters(PlanQuery, 'query')], responses: { 200: json(ref('PlanView'), 'the plan'), ...errors(400, 401, 404, 429, 500) } },
    },
    '/api/plans/{id}/measures/{measure}': {
      get: { summary: 'A measure with its evidence links, verdicts and status history', parameters: [...parameters(MeasureParams, 'path'), ...parameters(PlanQuery, 'query')], responses: { 200: json({ type: 'object' }, 'the measure'), ...errors(400, 401, 404, 429, 500) } },
    },
    '/api/timeline': {
      get: { summary: 'Events and instruments in date order, merged across documents, with curators\' decisions applied', parameters: parameters(TimelineQuery, 'query'), responses: { 200: json(page('TimelineEntry'), 'a page of the timeline'), ...reads } },
    },
    '/api/review/queue': {
      get: { summary: 'What waits for a verdict: conflicts between sources and evidence links nobody has judged', parameters: parameters(ReviewQueueQuery, 'query'), responses: { 200: json(page('ReviewItem'), 'a page of the queue'), ...reads } },
    },
    '/api/review': {
      post: {
        summary: 'Record a verdict (editor); kept in the audit log with its reason',
        security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(ReviewBody, { io: 'input' }) } } },
        responses: { 201: json({ type: 'object', properties: { target: { type: 'string' }, verdict: { type: 'string' }, result: { type: 'object', description: 'the link review, or the curator\'s decision as stored' } } }, 'recorded'), ...errors(400, 401, 403, 404, 429, 500) },
      },
    },
    '/api/audit': {
      get: { summary: 'The audit log, newest first (admin)', security: [{ bearer: [] }], parameters: parameters(PagingQuery, 'query'), responses: { 200: json(page('AuditRecord'), 'a page of the log'), ...errors(400, 401, 403, 429, 500) } },
    },
    '/api/whoami': {
      get: { summary: "The caller's token: its public id, name and role (any role)", security: [{ bearer: [] }], responses: { 200: json(ref('Caller'), 'the caller'), ...errors(401, 429, 500) } },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'a token from `concord token create`' } },
    responses: Object.fromEntries([400, 401, 403, 404, 409, 413, 415, 422, 429, 500].map((status) => [`E${status}`, json(ref('Error'), `error (${status})`)])),
    schemas: {
      Error: { type: 'object', required: ['error', 'message', 'details'], properties: { error: { type: 'string', examples: ['invalid_request', 'unauthorized', 'store/busy', 'internal_error'] }, message: { type: 'string' }, details: { type: 'object', description: 'e.g. {field} for invalid_request' } } },
      DocumentSummary: { type: 'object', properties: { id: { type: 'string' }, contentHash: { type: 'string' }, file: { type: 'string' }, source: { type: 'string' }, title: { type: ['string', 'null'] }, url: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'], format: 'date' }, lang: { type: 'string' }, format: { type: 'string' }, ingestedAt: { type: 'string', format: 'date-time' }, factCount: { type: 'integer' } } },
      Document: { allOf: [ref('DocumentSummary'), { type: 'object', properties: { text: { type: 'string' }, mentions: { type: 'array', items: { type: 'object' } }, facts: { type: 'array', items: ref('Fact') } } }] },
      Fact: { type: 'object', description: 'fact follows the facts contract (FACTS.md) for its kind', properties: { id: { type: 'string' }, kind: { enum: ['measurement', 'instrument', 'event', 'person'] }, documentId: { type: 'string' }, file: { type: 'string' }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, quote: { type: ['string', 'null'] }, span: { type: ['array', 'null'], items: { type: 'integer' }, minItems: 2, maxItems: 2 }, fact: { type: 'object' } } },
      SearchHit: { type: 'object', properties: { id: { type: 'string' }, file: { type: 'string' }, title: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, lang: { type: 'string' }, rank: { type: 'number' }, snippet: { type: 'string' } } },
      Stats: { type: 'object', properties: { documents: { type: 'integer' }, facts: { type: 'object', additionalProperties: { type: 'integer' } } } },
      UploadResult: { type: 'object', properties: { id: { type: 'string' }, status: { enum: ['new', 'unchanged'] }, file: { type: 'string' }, facts: { type: 'integer' } } },
      Story: { type: 'object', properties: { story: { type: 'string' }, canonical: { type: 'string' }, similarity: { type: 'number' }, documents: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, file: { type: 'string' }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, similarity: { type: 'number' } } } } } },
      Source: { type: 'object', properties: { fact: { type: 'string' }, document: { type: 'string' }, file: { type: 'string' }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, story: { type: 'string' }, quote: { type: ['string', 'null'] }, span: { type: ['array', 'null'], items: { type: 'integer' } } } },
      Figure: { type: 'object', description: 'one value per indicator, period, direction, pair and unit; values holds every value reported, best supported first', properties: { key: { type: 'string' }, indicator: { type: 'string' }, label: { type: 'string' }, period: { type: ['object', 'null'], properties: { start: { type: ['string', 'null'] }, end: { type: ['string', 'null'] } } }, from: { type: ['string', 'null'] }, to: { type: ['string', 'null'] }, pair: { type: ['string', 'null'] }, unit: { type: 'string' }, value: { type: 'number' }, qualifier: { type: 'string' }, corroboration: { type: 'integer', description: 'distinct stories reporting the value' }, sources: { type: 'array', items: ref('Source') }, values: { type: 'array', items: { type: 'object', properties: { value: { type: 'number' }, qualifier: { type: 'string' }, corroboration: { type: 'integer' }, sources: { type: 'array', items: ref('Source') } } } }, conflict: { type: ['object', 'null'], properties: { code: { type: 'string' }, text: { type: 'string' } } } } },
      EntitySource: { type: 'object', properties: { fact: { type: 'string' }, document: { type: 'string' }, file: { type: 'string' }, published: { type: ['string', 'null'] }, quote: { type: ['string', 'null'] }, span: { type: ['array', 'null'], items: { type: 'integer' } } } },
      Person: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, aliases: { type: 'array', items: { type: 'string' } }, roles: { type: 'array', items: { type: 'object', properties: { role: { type: 'string' }, date: { type: ['string', 'null'] }, source: { type: 'string' } } } }, countries: { type: 'array', items: { type: 'string' } }, sources: { type: 'array', items: ref('EntitySource') } } },
      Instrument: { type: 'object', properties: { id: { type: 'string' }, type: { type: 'string' }, title: { type: 'string' }, aliases: { type: 'array', items: { type: 'string' } }, parties: { type: 'array', items: { type: 'string' } }, signedOn: { type: ['string', 'null'] }, place: { type: ['string', 'null'] }, validUntil: { type: ['string', 'null'] }, sources: { type: 'array', items: ref('EntitySource') } } },
      PlanSummary: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, parties: { type: 'array', items: { type: 'string' } }, period: { type: 'object', properties: { start: { type: 'string' }, end: { type: 'string' } } }, roadmaps: { type: 'integer' }, measures: { type: 'integer' }, links: { type: 'integer' }, importedAt: { type: 'string' }, sourceFile: { type: ['string', 'null'] } } },
      PlanView: { type: 'object', properties: { plan: ref('PlanSummary'), asOf: { type: 'string', format: 'date' }, progress: { type: 'object' }, roadmaps: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, area: { type: 'string' }, progress: { type: 'object' }, measures: { type: 'array', items: { type: 'object', properties: { measureId: { type: 'string' }, title: { type: 'string' }, deadline: { type: ['string', 'null'] }, status: { enum: ['planned', 'in_progress', 'done', 'overdue', 'dropped'] }, source: { type: 'string' }, evidence: { type: 'object', properties: { links: { type: 'integer' }, confirmed: { type: 'integer' }, rejected: { type: 'integer' } } } } } } } } } } },
      TimelineEntry: { type: 'object', properties: { id: { type: 'string' }, type: { type: 'string' }, title: { type: 'string' }, date: { type: ['string', 'null'] }, endDate: { type: ['string', 'null'] }, place: { type: ['string', 'null'] }, participants: { type: 'array', items: { type: 'string' } }, sources: { type: 'array', items: { type: 'object' } } } },
      ReviewItem: { type: 'object', required: ['kind', 'id'], properties: { kind: { enum: ['conflict', 'fact', 'link'] }, summary: { type: 'string' }, reasons: { type: 'array', items: { type: 'string' } }, id: { type: 'string' }, figure: ref('Figure'), link: { type: 'object' }, planId: { type: 'string' }, planTitle: { type: 'string' } } },
      Caller: { type: 'object', required: ['id', 'name', 'role'], properties: { id: { type: 'string' }, name: { type: 'string' }, role: { enum: ['viewer', 'editor', 'admin'] } } },
      AuditRecord: { type: 'object', properties: { id: { type: 'integer' }, at: { type: 'string', format: 'date-time' }, tokenId: { type: ['string', 'null'] }, actor: { type: 'string' }, action: { type: 'string' }, target: { type: ['string', 'null'] }, reason: { type: ['string', 'null'] }, ip: { type: ['string', 'null'] }, details: { type: 'object' } } },
    },
  },
};

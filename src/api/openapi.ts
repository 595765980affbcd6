// The OpenAPI 3.1 description of /api, kept beside the routes: parameters and bodies come from the same zod
// schemas the routes validate with; responses are described by hand.
import { z } from 'zod';
import { StoriesQuery } from './routes/stories.js';
import { DocumentParams, DocumentsQuery, FactsQuery, PagingQuery, SearchQuery, UploadText } from './schemas.js';

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
      get: { summary: 'Full-text search (English and Russian stemming); matches in snippets sit between ⟦ and ⟧', parameters: parameters(SearchQuery, 'query'), responses: { 200: json(page('SearchHit'), 'a page of hits'), ...reads } },
    },
    '/api/stats': {
      get: { summary: 'Counts of documents and facts by kind', responses: { 200: json(ref('Stats'), 'the counts'), ...reads } },
    },
    '/api/stories': {
      get: { summary: 'Documents grouped into stories (copies of one report)', parameters: parameters(StoriesQuery, 'query'), responses: { 200: json({ type: 'object', properties: { items: { type: 'array', items: { type: 'object' } }, total: { type: 'integer' } } }, 'the stories'), ...reads } },
    },
    '/api/audit': {
      get: { summary: 'The audit log, newest first (admin)', security: [{ bearer: [] }], parameters: parameters(PagingQuery, 'query'), responses: { 200: json(page('AuditRecord'), 'a page of the log'), ...errors(400, 401, 403, 429, 500) } },
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
      AuditRecord: { type: 'object', properties: { id: { type: 'integer' }, at: { type: 'string', format: 'date-time' }, tokenId: { type: ['string', 'null'] }, actor: { type: 'string' }, action: { type: 'string' }, target: { type: ['string', 'null'] }, reason: { type: ['string', 'null'] }, ip: { type: ['string', 'null'] }, details: { type: 'object' } } },
    },
  },
};

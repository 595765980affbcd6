// /api/documents: the stored documents, one with its text and facts, and uploads (editors).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requireRole } from '../auth.js';
import { ApiError, notFound } from '../errors.js';
import type { ApiEnv } from '../env.js';
import { DocumentParams, DocumentsQuery, UploadForm, UploadText } from '../schemas.js';
import { ingestFile, ingestText, type UploadResult } from '../upload.js';
import { parse, valid } from '../validate.js';

const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export const documents = new Hono<ApiEnv>()
  .get('/', valid('query', DocumentsQuery), async (c) =>
    c.json(await c.var.store.listDocuments(c.req.valid('query'))))
  .get('/:id', valid('param', DocumentParams), async (c) => {
    const { id } = c.req.valid('param');
    const document = await c.var.store.getDocument(id);
    if (!document) throw notFound(`document ${id}`, { id });
    return c.json(document);
  })
  .post('/', requireRole('editor'), bodyLimit({
    maxSize: MAX_UPLOAD_BYTES,
    onError: () => { throw new ApiError(413, 'payload_too_large', `uploads are limited to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`); },
  }), async (c) => {
    const type = c.req.header('content-type') ?? '';
    let result: UploadResult;
    let reason: string;
    if (type.startsWith('application/json')) {
      const { reason: why, ...upload } = parse(UploadText, await c.req.json().catch(() => null), 'body');
      reason = why;
      result = await ingestText(c.var.store, upload);
    } else if (type.startsWith('multipart/form-data')) {
      const form = parse(UploadForm, await c.req.parseBody(), 'body');
      reason = form.reason;
      result = await ingestFile(c.var.store, c.var.dataDir, form.file);
    } else {
      throw new ApiError(415, 'unsupported_media_type', 'send application/json {text, reason} or multipart/form-data {file, reason}');
    }
    const caller = c.var.caller!;
    await c.var.store.access.recordAudit({
      tokenId: caller.id, actor: caller.name, action: 'document.upload', target: result.id, reason, ip: c.var.ip,
      details: { file: result.file, status: result.status, facts: result.facts },
    });
    return c.json(result, result.status === 'new' ? 201 : 200);
  });

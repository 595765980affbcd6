// /api/people and /api/instruments: people and instruments resolved across spellings and title variants.
import { Hono } from 'hono';
import type { ApiEnv } from '../env.js';
import { instrument, instruments as readInstruments, people as readPeople, person } from '../read-models.js';
import { InstrumentParams, InstrumentsQuery, PeopleQuery, PersonParams } from '../schemas.js';
import { valid } from '../validate.js';

export const people = new Hono<ApiEnv>()
  .get('/', valid('query', PeopleQuery), async (c) => {
    const { name, country, sort, ...page } = c.req.valid('query');
    return c.json(await readPeople(c.var.store, { name, country, sort }, page));
  })
  .get('/:id', valid('param', PersonParams), async (c) => c.json(await person(c.var.store, c.req.valid('param').id)));

export const instruments = new Hono<ApiEnv>()
  .get('/', valid('query', InstrumentsQuery), async (c) => {
    const { type, party, year, sort, ...page } = c.req.valid('query');
    return c.json(await readInstruments(c.var.store, { type, party, year, sort }, page));
  })
  .get('/:id', valid('param', InstrumentParams), async (c) => c.json(await instrument(c.var.store, c.req.valid('param').id)));

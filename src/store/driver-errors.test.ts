import { describe, expect, it } from 'vitest';
import { StoreError } from '../core/errors.js';
import { connectionLost } from './driver-errors.js';

describe('connectionLost', () => {
  it.each([
    [Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    [Object.assign(new Error('connection failure'), { code: '08006' })],
    [new Error('Connection terminated unexpectedly')],
  ])('reads %s as a lost connection', (error) => {
    expect(connectionLost(error)).toMatchObject({ code: 'store/connection_lost' });
  });

  it.each([
    [Object.assign(new Error('duplicate key value'), { code: '23505' })],
    [new TypeError('x is undefined')],
    [new StoreError('busy', 'busy')],
    ['not an error'],
  ])('leaves %s alone', (error) => {
    expect(connectionLost(error)).toBeNull();
  });
});

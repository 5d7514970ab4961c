import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { CommitOutcomeUnknownError, transientFailureOf } from './transient-failure.js';

const pgError = (code: string | undefined, message = 'failed') => Object.assign(new Error(message), code === undefined ? {} : { code });
const queryFailed = (driverError: Error) => new QueryFailedError('UPDATE x SET y = 1', [], driverError);

describe('transientFailureOf', () => {
  it('classifies serialization failures and deadlocks, bare or wrapped by TypeORM', () => {
    expect(transientFailureOf(pgError('40001'))).toBe('serialization');
    expect(transientFailureOf(queryFailed(pgError('40001')))).toBe('serialization');
    expect(transientFailureOf(queryFailed(pgError('40P01')))).toBe('deadlock');
  });

  it('classifies lost and refused connections, with or without a SQLSTATE', () => {
    expect(transientFailureOf(queryFailed(pgError('57P01', 'terminating connection due to administrator command')))).toBe('connection');
    expect(transientFailureOf(pgError('08006'))).toBe('connection');
    expect(transientFailureOf(pgError('53300', 'too many clients already'))).toBe('connection');
    expect(transientFailureOf(queryFailed(pgError(undefined, 'Connection terminated unexpectedly')))).toBe('connection');
    expect(transientFailureOf(pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'))).toBe('connection');
  });

  it('leaves request errors, constraint violations and unknown commits alone', () => {
    expect(transientFailureOf(queryFailed(pgError('23505', 'duplicate key value')))).toBeUndefined();
    expect(transientFailureOf(queryFailed(pgError('22P02', 'invalid input syntax')))).toBeUndefined();
    expect(transientFailureOf(new Error('Connection is fine, the bug is elsewhere'))).toBeUndefined();
    expect(transientFailureOf(new CommitOutcomeUnknownError(pgError(undefined, 'Connection terminated unexpectedly')))).toBeUndefined();
    expect(transientFailureOf(undefined)).toBeUndefined();
  });
});

import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { OutageLog } from './outage-log.js';

describe('OutageLog', () => {
  let warn: ReturnType<typeof jest.spyOn>;
  let log: ReturnType<typeof jest.spyOn>;
  beforeEach(() => {
    jest.useFakeTimers();
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    jest.useRealTimers();
  });

  it('logs an outage once, then a summary per interval, then its end', () => {
    const outages = new OutageLog(1000);
    for (let i = 0; i < 500; i++) outages.record('Database unavailable', ': connect ECONNREFUSED');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain('Database unavailable: connect ECONNREFUSED: answering 503');
    jest.advanceTimersByTime(1000);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[1][0]).toBe('Database unavailable: 499 more requests answered 503 in the last 1.0 s');
    jest.advanceTimersByTime(1000);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^Database unavailable: no 503 for 1.0 s; 500 requests/));
    outages.record('Database unavailable', '');
    expect(warn).toHaveBeenCalledTimes(3);
    outages.close();
  });

  it('keeps kinds apart', () => {
    const outages = new OutageLog(1000);
    outages.record('Database unavailable', '');
    outages.record('Database timeout', '');
    outages.record('Database timeout', '');
    expect(warn).toHaveBeenCalledTimes(2);
    outages.close();
  });
});

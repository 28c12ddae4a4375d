import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';

describe('default settings', () => {
  it('follow the playbook: door-open stance, quiet hours 21:00 to 08:00', () => {
    expect(DEFAULT_SETTINGS.defaultStance).toBe('door_open');
    expect([DEFAULT_SETTINGS.quietStart, DEFAULT_SETTINGS.quietEnd]).toEqual(['21:00', '08:00']);
  });
});

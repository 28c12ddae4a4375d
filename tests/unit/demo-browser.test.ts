import { describe, expect, it } from 'vitest';
import { findChromium, INSTALL_HINT } from '../support/chromium';

describe('the demo finds a browser', () => {
  it('uses CHROME_PATH first when it points at a file', () => {
    expect(findChromium({ CHROME_PATH: process.execPath })).toBe(process.execPath);
  });
  it('reports none when CHROME_PATH points nowhere, rather than guessing another browser', () => {
    expect(findChromium({ CHROME_PATH: '/nonexistent/chrome' })).toBeNull();
  });
  it('tells the user exactly how to install one', () => {
    expect(INSTALL_HINT).toContain('apt-get install -y chromium');
    expect(INSTALL_HINT).toContain('CHROME_PATH=');
  });
});

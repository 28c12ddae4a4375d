/**
 * The popup's first render with 1,000 applications and 10,000 events, in Chromium on the built extension: seeded
 * through the options page's import, then the popup is opened several times and reads its own performance marks
 * (`popup:start` when its script runs, `popup:ready` at the first render with data).
 */
import { launchExtension } from '../support/extension';
import { buildLargeSeed } from '../support/pages-seed';
import { percentile, type BenchRow } from './harness';

const RUNS = 9;

export default async function popupBench(): Promise<BenchRow[]> {
  const seed = await buildLargeSeed(1000, 10, new Date());
  const session = await launchExtension();
  try {
    const options = await session.openExtensionPage('options.html');
    await options
      .getByLabel(/Import a Callback JSON export/)
      .setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(seed) });
    await options.getByText(/^(Imported|Nothing was imported)/).waitFor({ timeout: 120_000 });
    const message = await options.getByText(/^(Imported|Nothing was imported)/).textContent();
    if (!message?.startsWith('Imported 1000 applications and 10000 events')) throw new Error(`Seeding failed: ${message}`);
    await options.close();

    const script: number[] = [];
    const navigation: number[] = [];
    const loads: number[] = [];
    const derives: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const popup = await session.openExtensionPage('popup.html');
      await popup.waitForFunction(() => performance.getEntriesByName('popup:ready').length > 0, null, { timeout: 60_000 });
      const [measure, ready, load, derive] = await popup.evaluate(() => {
        const start = performance.getEntriesByName('popup:start')[0]?.startTime ?? Number.NaN;
        return [
          performance.getEntriesByName('popup:first-render')[0]?.duration ?? Number.NaN,
          performance.getEntriesByName('popup:ready')[0]?.startTime ?? Number.NaN,
          (performance.getEntriesByName('popup:loaded')[0]?.startTime ?? Number.NaN) - start,
          performance.getEntriesByName('popup:derive')[0]?.duration ?? Number.NaN,
        ];
      });
      loads.push(load!);
      derives.push(derive!);
      script.push(measure!);
      navigation.push(ready!);
      await popup.close();
    }
    const median = (xs: number[]) => percentile(xs, 50);
    return [
      { name: 'popup first render, 1,000 apps / 10,000 events (median)', value: median(script), unit: 'ms', aim: '< 150 ms', met: median(script) < 150 },
      { name: 'popup first render, p90', value: percentile(script, 90), unit: 'ms' },
      { name: 'popup from navigation start to first render (median)', value: median(navigation), unit: 'ms' },
      { name: '  of which: reading the store (median)', value: median(loads), unit: 'ms' },
      { name: '  of which: deriving reminders (median)', value: median(derives), unit: 'ms' },
    ];
  } finally {
    await session.close();
  }
}

/**
 * The timeline page loads its detail and its second module on demand (DetailPane.tsx, later.ts). In a browser that
 * is a local file; under vitest the first import transforms the store, zod and the letters, which can take seconds
 * on a loaded machine. DOM tests load them once before rendering, so a test waits for the page, not the transform.
 */
export async function loadTimelineModules(): Promise<void> {
  await Promise.all([import('../../entrypoints/timeline/later'), import('../../entrypoints/timeline/DetailPane')]);
}

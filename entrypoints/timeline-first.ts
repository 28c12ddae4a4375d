/**
 * A classic script in the timeline page's head (timeline/index.html): it starts the read of the first page of
 * applications while the page's modules (React, Dexie, the app) are still being fetched, compiled and run, so the
 * first item waits for the slower of the two, not for both in turn. It holds the IndexedDB reader alone (no Dexie,
 * no React); the page's module picks the read up (lib/store/first-page.ts, startFirstPage).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstPage } from '../lib/store/first-page';
import { PAGE_SIZE } from './timeline/page-size';

export default defineUnlistedScript(() => {
  void startFirstPage(PAGE_SIZE);
});

import { startSchedule } from '../schedule/start';
import { registerContentHandlers } from './content-handlers';
import { registerPageHandlers } from './page-handlers';
import { listen } from './router';

/** Every listener is registered synchronously at start, so a woken service worker never misses an event. */
export function startBackground(): void {
  registerContentHandlers();
  registerPageHandlers();
  listen();
  startSchedule();
}

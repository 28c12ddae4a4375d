import { startSchedule } from '../schedule/start';
import { handlers } from './handlers';
import { listen } from './router';

/** Every listener is registered synchronously at start, so a woken service worker never misses an event. */
export function startBackground(): void {
  listen(handlers);
  startSchedule();
}

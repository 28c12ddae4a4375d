import { contentHandlers } from './content-handlers';
import { pageHandlers } from './page-handlers';
import type { Handlers } from './router';

/** Every message type's handler, the mail pages' and the extension pages': a type without one does not compile. */
export const handlers: Handlers = { ...contentHandlers, ...pageHandlers };

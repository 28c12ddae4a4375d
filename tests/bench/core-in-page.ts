/**
 * The core as the core-chromium bench loads it into a Chromium page: detection (classify with the model, then
 * extract) and the crafted inputs of the linear-time test, exposed on a global the bench's page calls.
 */
import { detect } from '../../lib/core/detect';
import { defaultModel } from '../../lib/core/classify/model/default-model';
import { CRAFTED_UNITS, craftedEmails } from './crafted';

(globalThis as unknown as { callbackCore: unknown }).callbackCore = { detect, defaultModel, craftedEmails, CRAFTED_UNITS };

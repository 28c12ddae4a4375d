/**
 * The engine's one entry point for the background: what the email is (classify) and what it says (extract).
 * Extraction parses dates only for the kinds that carry them, so the common path stays fast.
 */
import { classify } from './classify/index';
import type { Detection } from './detection';
import type { Email } from './email';
import { extract } from './extract/index';

export interface DetectOptions {
  /** Reference date when the email has none (relative dates like "tomorrow at 10"). */
  now?: Date;
}

export function detect(email: Email, options: DetectOptions = {}): Detection {
  const classification = classify(email);
  const extraction = extract(email, classification.kind, options);
  return { ...classification, ...extraction };
}

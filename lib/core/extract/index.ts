import type { EmailKind, Extraction } from '../detection';
import type { Email } from '../email';

export interface ExtractOptions {
  now?: Date;
}

export function extract(_email: Email, _kind: EmailKind, _options: ExtractOptions = {}): Extraction {
  return { company: null, role: null, people: [], interview: null, links: [], deadline: null, decisionBy: null };
}

/** Builders for hand-made emails and detections (the classifier is another helper's; tests build its output). */
import type { Detection, EmailKind } from '../../../lib/core/detection';
import type { Email } from '../../../lib/core/email';

export function email(over: Partial<Email> & { id: string }): Email {
  return {
    threadId: null,
    source: 'gmail',
    subject: 'Your application',
    from: { name: 'Acme Hiring Team', address: 'no-reply@greenhouse.io' },
    date: '2025-03-03T10:00:00Z',
    body: '',
    ...over,
  };
}

export function detection(kind: EmailKind, over: Partial<Detection> = {}): Detection {
  return {
    kind,
    confidence: 0.9,
    evidence: [{ signal: kind, where: 'subject' }],
    company: 'Acme',
    role: 'Backend Engineer',
    people: [],
    interview: null,
    links: [],
    deadline: null,
    decisionBy: null,
    ...over,
  };
}

/** Deterministic ids: `id1`, `id2`, ... */
export function idFactory(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

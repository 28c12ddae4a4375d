/**
 * From scores to a kind: a decisive phrase caps the kinds it supersedes, then the highest score wins, ties going to
 * the later stage (a rejection that thanks you for applying is a rejection).
 */
import type { EmailKind, JobKind } from '../detection';

/** Later stages first: the order ties are broken in. */
export const KIND_PRIORITY: readonly JobKind[] = [
  'rejection',
  'offer',
  'interview_confirmed',
  'interview_request',
  'assessment',
  'application_received',
];

/**
 * A decisive phrase of a kind caps the scores of the kinds it supersedes: a confirmed interview was once an
 * invitation, a rejection may follow any stage, and everything follows the acknowledgement. Assessments and
 * interviews run side by side, so neither caps the other.
 */
const SUPERSEDES: Readonly<Record<JobKind, readonly JobKind[]>> = {
  rejection: ['offer', 'interview_confirmed', 'interview_request', 'assessment', 'application_received'],
  offer: ['interview_confirmed', 'interview_request', 'assessment', 'application_received'],
  interview_confirmed: ['interview_request', 'application_received'],
  interview_request: ['application_received'],
  assessment: ['application_received'],
  application_received: [],
};

/**
 * Acknowledgement phrases are boilerplate in later-stage mail too ("thank you for your application... unfortunately"),
 * so however many there are they count no more than one decisive phrase.
 */
const ACK_CAP = 4;

export interface Ranking {
  /** The job kind with the highest score, or none with any. */
  best: JobKind | null;
  bestScore: number;
  /** The highest score among the other job kinds still in the running. */
  second: number;
}

/** Ranks the job kinds; caps `scores` where one kind supersedes another. */
export function rank(scores: Map<EmailKind, number>, decisive: Set<EmailKind>, receipt: boolean): Ranking {
  if ((scores.get('application_received') ?? 0) > ACK_CAP) scores.set('application_received', ACK_CAP);
  const superseded = new Set<EmailKind>();
  // "We received your take-home": the test it names is done. It stays a rival, below the acknowledgement.
  if (receipt && (scores.get('assessment') ?? 0) >= (scores.get('application_received') ?? 0)) {
    scores.set('assessment', (scores.get('application_received') ?? 0) - 1);
    superseded.add('assessment');
    decisive.delete('assessment');
  }
  KIND_PRIORITY.forEach((kind) => {
    if (!decisive.has(kind)) return;
    const cap = scores.get(kind) ?? 0;
    for (const earlier of SUPERSEDES[kind]) {
      if ((scores.get(earlier) ?? 0) >= cap) {
        scores.set(earlier, cap);
        superseded.add(earlier);
      }
    }
  });

  let best: JobKind | null = null;
  let bestScore = 0;
  let second = 0;
  for (const kind of KIND_PRIORITY) {
    const score = scores.get(kind) ?? 0;
    // A superseded kind (the invitation behind a confirmation) is no rival to the kind that superseded it.
    if (superseded.has(kind) && best !== null) continue;
    if (score > bestScore) {
      second = bestScore;
      best = kind;
      bestScore = score;
    } else if (score > second) {
      second = score;
    }
  }
  return { best, bestScore, second };
}

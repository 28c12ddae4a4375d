/**
 * How events move an application's stage. The stage only moves forward on its own, whatever order the emails are
 * seen in (a rejection read before its acknowledgement stays a rejection), and a stage the user set by hand wins.
 */
import type { Application, EventKind, Stage, TimelineEvent } from './types';

/** Forward order of stages: a guess never lowers the rank. Rejected and withdrawn are the end of the road. */
export const STAGE_RANK: Record<Stage, number> = {
  applied: 0,
  interviewing: 1,
  offer: 2,
  rejected: 3,
  withdrawn: 3,
};

/** The stage each event kind implies (null: says nothing about the stage). */
export const STAGE_OF_KIND: Record<EventKind, Stage | null> = {
  application_received: 'applied',
  // An assessment is part of the application, not yet an interview.
  assessment: 'applied',
  interview_request: 'interviewing',
  interview_confirmed: 'interviewing',
  manual_interview: 'interviewing',
  interview_done: 'interviewing',
  offer: 'offer',
  rejection: 'rejected',
  user_reply: null,
  note: null,
};

export const INTERVIEW_KINDS: ReadonlySet<EventKind> = new Set(['interview_confirmed', 'manual_interview']);

/** The furthest stage the events imply, starting from `applied`. Order-independent by construction. */
export function stageFromEvents(events: readonly TimelineEvent[]): Stage {
  let stage: Stage = 'applied';
  for (const event of events) {
    const implied = STAGE_OF_KIND[event.kind];
    if (implied && STAGE_RANK[implied] > STAGE_RANK[stage]) stage = implied;
  }
  return stage;
}

/** Interview rounds seen: interviews that are not reschedules of an earlier one. */
export function roundsFromEvents(events: readonly TimelineEvent[]): number {
  let rounds = 0;
  for (const event of events) if (INTERVIEW_KINDS.has(event.kind) && !event.replaces) rounds++;
  return rounds;
}

/**
 * The application after its events are (re)read: stage and round recomputed from all its events, unless the user
 * set the stage by hand. Pure: returns a new object only when something changed.
 */
export function settleApplication(app: Application, events: readonly TimelineEvent[], now: string): Application {
  const own = events.filter((e) => e.applicationId === app.id);
  const round = roundsFromEvents(own);
  const stage = app.stageByUser ? app.stage : stageFromEvents(own);
  if (stage === app.stage && round === app.round) return app;
  return { ...app, stage, round, updatedAt: now };
}

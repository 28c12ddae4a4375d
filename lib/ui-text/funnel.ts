/**
 * The small funnel on the timeline page: applied, interviewed, second round, offer, with how long companies took
 * to answer. The question the articles start from ("why no second interview?") needs these numbers side by side.
 * Pure: plain timeline in, figures out.
 */
import type { EventKind, Timeline, TimelineEvent } from '../core/timeline/types';

export interface FunnelStep {
  id: 'applied' | 'interviewed' | 'second_round' | 'offer';
  label: string;
  count: number;
  /** Share of `applied`, 0..1 (0 when nothing was applied to). */
  share: number;
}

export interface ResponseTime {
  id: 'first_answer' | 'after_interview';
  label: string;
  /** Median in days, one decimal; null without data. */
  medianDays: number | null;
  /** How many applications the median is over. */
  over: number;
}

export interface Funnel {
  steps: FunnelStep[];
  responses: ResponseTime[];
}

const INTERVIEWS: ReadonlySet<EventKind> = new Set(['interview_confirmed', 'manual_interview', 'interview_done']);
/** What counts as the company's answer to an application. */
const ANSWERS: ReadonlySet<EventKind> = new Set(['interview_request', 'interview_confirmed', 'assessment', 'rejection', 'offer']);
/** What counts as the company's answer after an interview. */
const DECISIONS: ReadonlySet<EventKind> = new Set(['interview_request', 'interview_confirmed', 'rejection', 'offer']);

const DAY_MS = 86_400_000;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 10) / 10;
}

function interviewTime(event: TimelineEvent): number {
  return Date.parse(event.interview?.start ?? event.at);
}

/** `now`: interviews still ahead do not count as interviewed yet. */
export function funnelOf(timeline: Timeline, now: Date = new Date(8.64e15)): Funnel {
  const t = now.getTime();
  const byApp = new Map<string, TimelineEvent[]>();
  for (const event of timeline.events) {
    const list = byApp.get(event.applicationId);
    if (list) list.push(event);
    else byApp.set(event.applicationId, [event]);
  }
  let interviewed = 0;
  let second = 0;
  let offers = 0;
  const firstAnswer: number[] = [];
  const afterInterview: number[] = [];
  for (const app of timeline.applications) {
    const events = (byApp.get(app.id) ?? []).slice().sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    // Reschedules keep their round: count distinct rounds, not interview emails.
    const interviews = events.filter((e) => INTERVIEWS.has(e.kind) && !e.replaces && interviewTime(e) <= t);
    const rounds = interviews.length;
    if (rounds >= 1) interviewed++;
    if (rounds >= 2) second++;
    if (app.stage === 'offer' || events.some((e) => e.kind === 'offer')) offers++;

    const applied = events.find((e) => e.kind === 'application_received');
    const start = applied ? Date.parse(applied.at) : Date.parse(app.createdAt);
    const answer = events.find((e) => ANSWERS.has(e.kind) && Date.parse(e.at) > start);
    if (applied && answer) firstAnswer.push((Date.parse(answer.at) - start) / DAY_MS);

    const first = interviews[0];
    if (first) {
      const heldAt = interviewTime(first);
      const next = events.find((e) => DECISIONS.has(e.kind) && e.id !== first.id && Date.parse(e.at) > heldAt);
      if (next && Number.isFinite(heldAt)) afterInterview.push((Date.parse(next.at) - heldAt) / DAY_MS);
    }
  }
  const applied = timeline.applications.length;
  const share = (n: number) => (applied ? n / applied : 0);
  return {
    steps: [
      { id: 'applied', label: 'Applied', count: applied, share: share(applied) },
      { id: 'interviewed', label: 'Interviewed', count: interviewed, share: share(interviewed) },
      { id: 'second_round', label: 'Second round', count: second, share: share(second) },
      { id: 'offer', label: 'Offer', count: offers, share: share(offers) },
    ],
    responses: [
      { id: 'first_answer', label: 'First answer after applying', medianDays: median(firstAnswer), over: firstAnswer.length },
      { id: 'after_interview', label: 'Answer after the first interview', medianDays: median(afterInterview), over: afterInterview.length },
    ],
  };
}

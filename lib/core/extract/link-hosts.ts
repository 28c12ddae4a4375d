/** Where a link goes, by host: video calls, scheduling pages, assessment platforms. Subdomains match too. */
import type { LinkKind } from '../detection';

export interface LinkHost {
  host: string;
  kind: Exclude<LinkKind, 'other'>;
  /** When set, only paths starting with one of these count (calendar.google.com is also a plain calendar). */
  paths?: readonly string[];
}

export const LINK_HOSTS: readonly LinkHost[] = [
  // Video.
  { host: 'zoom.us', kind: 'video', paths: ['/j/', '/my/', '/w/', '/s/', '/wc/'] },
  { host: 'zoomgov.com', kind: 'video' },
  { host: 'meet.google.com', kind: 'video' },
  { host: 'teams.microsoft.com', kind: 'video', paths: ['/l/meetup-join', '/meet/'] },
  { host: 'teams.live.com', kind: 'video' },
  { host: 'webex.com', kind: 'video' },
  { host: 'whereby.com', kind: 'video' },
  { host: 'bluejeans.com', kind: 'video' },
  { host: 'chime.aws', kind: 'video' },
  { host: 'gotomeeting.com', kind: 'video' },
  { host: 'meet.jit.si', kind: 'video' },
  { host: 'around.co', kind: 'video' },
  // Scheduling.
  { host: 'calendly.com', kind: 'scheduling' },
  { host: 'goodtime.io', kind: 'scheduling' },
  { host: 'modernloop.io', kind: 'scheduling' },
  { host: 'cal.com', kind: 'scheduling' },
  { host: 'youcanbook.me', kind: 'scheduling' },
  { host: 'doodle.com', kind: 'scheduling' },
  { host: 'calendar.app.google', kind: 'scheduling' },
  { host: 'calendar.google.com', kind: 'scheduling', paths: ['/calendar/appointments', '/calendar/u/0/appointments'] },
  { host: 'outlook.office365.com', kind: 'scheduling', paths: ['/owa/calendar/', '/book/'] },
  { host: 'outlook.office.com', kind: 'scheduling', paths: ['/bookwithme/', '/book/'] },
  { host: 'savvycal.com', kind: 'scheduling' },
  { host: 'zcal.co', kind: 'scheduling' },
  { host: 'tidycal.com', kind: 'scheduling' },
  { host: 'chilipiper.com', kind: 'scheduling' },
  { host: 'app.greenhouse.io', kind: 'scheduling', paths: ['/scheduling/', '/candidate_scheduling/'] },
  { host: 'prelude.co', kind: 'scheduling' },
  // Assessments.
  { host: 'hackerrank.com', kind: 'assessment' },
  { host: 'codility.com', kind: 'assessment' },
  { host: 'codesignal.com', kind: 'assessment' },
  { host: 'testgorilla.com', kind: 'assessment' },
  { host: 'hackerearth.com', kind: 'assessment' },
  { host: 'coderbyte.com', kind: 'assessment' },
  { host: 'testdome.com', kind: 'assessment' },
  { host: 'qualified.io', kind: 'assessment' },
  { host: 'devskiller.com', kind: 'assessment' },
  { host: 'mettl.com', kind: 'assessment' },
  { host: 'shl.com', kind: 'assessment' },
  { host: 'hirevue.com', kind: 'assessment' },
  { host: 'pymetrics.ai', kind: 'assessment' },
  { host: 'criteriacorp.com', kind: 'assessment' },
  { host: 'vervoe.com', kind: 'assessment' },
  { host: 'imocha.io', kind: 'assessment' },
  { host: 'coderpad.io', kind: 'assessment' },
];

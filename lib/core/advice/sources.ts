/**
 * The articles the product's advice follows, and the two stances after a rejection. Each rule's "why" and source
 * live in its own file in lib/core/playbook/; reminders, drafts and the UI all name the article from here.
 */
import type { Stance } from '../timeline/types';

export type SourceId = '000' | '002' | '004' | 'practice';

export interface AdviceSource {
  id: SourceId;
  title: string;
  author: string;
}

export const SOURCES: Record<SourceId, AdviceSource> = {
  '000': {
    id: '000',
    title: "The Real Reason You Didn't Get the Second Interview",
    author: 'Jenny Yerrick Martin (Your Industry Insider)',
  },
  '002': {
    id: '002',
    title: "Three Must-dos When You Don't Get the Job",
    author: 'Jenny Yerrick Martin (Your Industry Insider)',
  },
  '004': {
    id: '004',
    title: 'When you fail on a job interview, do what actors do',
    author: 'unsigned opinion piece',
  },
  practice: { id: 'practice', title: 'Common job-search practice', author: 'Callback' },
};

export interface StanceInfo {
  id: Stance;
  label: string;
  /** One line explaining the stance, with its source. */
  explain: string;
  source: SourceId;
}

export const STANCES: Record<Stance, StanceInfo> = {
  door_open: {
    id: 'door_open',
    label: 'Keep the door open',
    explain: 'Reply graciously, offer to help, and say you would still like to join: the next opening may be yours.',
    source: '002',
  },
  clean_break: {
    id: 'clean_break',
    label: 'Clean break',
    explain: 'Send no letter: reflect on what the fit taught you, then move on to the next audition.',
    source: '004',
  },
};

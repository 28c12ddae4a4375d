/**
 * What every letter shares: greetings, sign-offs, and the two shapes (a letter by email, a card by post). The
 * letters themselves live in their rule's file. They follow the playbook: thank-yous say plainly that you want the
 * job (000), a rejection gets thanks, no argument and an open door (002), nothing explains, apologises or begs (004).
 * Syntax of a sentence: see drafts/render.ts; the facts a slot names: see drafts/facts.ts.
 */
import type { Sentence, Template } from '../drafts/render';
import type { Tone } from '../drafts/types';

const GREETING: Record<Tone, Sentence> = {
  warm: ['Hi {first},', 'Hi {names},', 'Hello,'],
  concise: ['Hi {first},', 'Hi {names},', 'Hello,'],
  formal: ['Dear {name},', 'Dear {names},', 'Dear {company} team,', 'Dear Hiring Team,'],
};

const CARD_GREETING: Record<Tone, Sentence> = {
  warm: ['Dear {first},', 'Dear {names},', 'Dear {company} team,', 'Hello,'],
  concise: ['Dear {first},', 'Dear {names},', 'Dear {company} team,', 'Hello,'],
  formal: ['Dear {name},', 'Dear {names},', 'Dear {company} team,', 'Dear Hiring Team,'],
};

const SIGNOFF: Record<Tone, string> = { warm: 'Warm regards,', concise: 'Best,', formal: 'Kind regards,' };

/** A letter by email: its subject (used for a new message, left out of a reply), greeting, body and sign-off. */
export function letter(tone: Tone, subject: Sentence | null, body: Template['body'], signoff = SIGNOFF[tone]): Template {
  return { subject, greeting: GREETING[tone], body, signoff };
}

/** A card: no subject, fits about 60 words (000: a note by post on top of the email). */
export function card(tone: Tone, body: Template['body'], signoff: string): Template {
  return { subject: null, greeting: CARD_GREETING[tone], body, signoff };
}

/** The thank-yous' subject line. */
export const THANK_YOU_SUBJECT: Sentence = ['Thank you for the {role} interview', 'Thank you for your time'];

/** A blank for times the user offers. */
export const TIMES_BLANK = '[[two or three times that suit you]]';

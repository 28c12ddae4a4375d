// What a conversation's earlier messages tell the classifier about a reply: the same for the background and training.
import { describe, expect, it } from 'vitest';
import { ConversationSoFar } from '../../../lib/core/classify/thread-context';
import { mail } from '../../support/builders';

describe('the conversation so far', () => {
  it('knows nothing before the first message', () => {
    expect(new ConversationSoFar().context()).toEqual({ earlier: [], threadAboutJob: undefined });
  });

  it('leaves the owner’s own messages out of the earlier kinds, but reads their words', () => {
    const soFar = new ConversationSoFar();
    soFar.add(mail('Interview times', 'Could I come in on Thursday?', 'Sam <sam@example.com>'), 'other', true);
    expect(soFar.context()).toEqual({ earlier: [], threadAboutJob: true });
  });

  it('a conversation about a car service never speaks of a job, until a message does', () => {
    const soFar = new ConversationSoFar();
    soFar.add(mail('brakes', 'Can I bring the car in Thursday morning?', 'Sam <sam@example.com>'), 'other', true);
    soFar.add(mail('Re: brakes', 'Thursday 10:30 works.', 'Rivera Auto <service@rivera-auto.example>'), 'other', false);
    expect(soFar.context()).toEqual({ earlier: ['other'], threadAboutJob: false });
    soFar.add(mail('Re: brakes', 'See you then.', 'Dana <dana@kestrel.example>'), 'interview_confirmed', false);
    expect(soFar.context().threadAboutJob).toBe(true);
  });
});

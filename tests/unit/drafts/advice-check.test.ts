/**
 * The advice check warns, by meaning, about what the playbook says not to write after an interview (004), and about
 * a thank-you or gracious reply that leaves out what it must say (000, 002). Positives are paraphrased several ways
 * per warning; the innocent texts are look-alikes a user really writes, and must pass untouched.
 */
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../../lib/core/advice/sources';
import { checkAdvice } from '../../../lib/core/drafts';
import type { AdviceWarningId } from '../../../lib/core/drafts';
import type { RuleId } from '../../../lib/core/reminders/types';

const ids = (text: string, ruleId?: RuleId) => checkAdvice(text, { ruleId: ruleId ?? null }).map((w) => w.id);

describe('the advice check flags what not to write, however it is phrased', () => {
  it.each<[AdviceWarningId, string]>([
    ['late-answer', 'After thinking about it some more, I can give a better answer to your question about caching.'],
    ['late-answer', "Having slept on it, I'd like to revisit my answer on the database design question."],
    ['late-answer', 'I should have mentioned my experience with Kafka when you asked.'],
    ['late-answer', 'What I meant to say about team leadership is that I prefer coaching.'],
    ['late-answer', "I've had more time to reflect on the question you asked about scaling."],
    ['late-answer', 'I forgot to mention that I also led the migration.'],
    ['late-answer', "I don't think I answered your question about budgets properly."],

    ['explain-failure', "I know the interview didn't go the way I hoped, and I wasn't at my best."],
    ['explain-failure', 'My mind went blank during the technical round.'],
    ['explain-failure', 'I realise now that I should have walked you through my design first.'],
    ['explain-failure', "I didn't explain myself well when we discussed the roadmap."],
    ['explain-failure', 'Honestly, I was so nervous that the whole thing was a blur.'],
    ['explain-failure', 'In hindsight, the whiteboard exercise was not my strongest moment.'],
    ['explain-failure', "The coding exercise doesn't reflect my real abilities."],
    ['explain-failure', 'The system design part went badly, I admit.'],
    ['explain-failure', 'I completely froze when you asked about salary.'],

    ['outside-troubles', 'I had a terrible headache that morning.'],
    ['outside-troubles', "I'm going through a difficult divorce at the moment."],
    ['outside-troubles', "I wasn't feeling well on the day of the interview."],
    ['outside-troubles', "There's been a family emergency this week."],
    ['outside-troubles', 'I barely slept the night before.'],
    ['outside-troubles', 'My car broke down on the way, which threw me off.'],
    ['outside-troubles', "I've had a lot going on lately."],
    ['outside-troubles', 'I was a bit under the weather.'],

    ['apology-trivial', "I'm so sorry for calling you Maria during the interview."],
    ['apology-trivial', 'Apologies for getting your name wrong.'],
    ['apology-trivial', 'Please forgive me for mispronouncing your name.'],
    ['apology-trivial', 'Sorry about the typo in my portfolio link.'],
    ['apology-trivial', 'Sorry I was late to our call.'],
    ['apology-trivial', 'Mixing up your name was careless of me, sorry.'],
    ['apology-trivial', 'My apologies for the camera trouble at the start.'],

    ['begging', 'Is there any way you could reconsider my application?'],
    ['begging', 'Please give me another chance to show what I can do.'],
    ['begging', "I'd be grateful if you could change your decision."],
    ['begging', 'I really need this job.'],
    ['begging', 'Is there anything I can do to change your mind?'],
    ['begging', 'Could I still be considered for this role?'],
    ['begging', "I promise I won't let you down."],
    ['begging', 'I am begging you to think again.'],

    ['feedback-request', "Could you tell me why I wasn't selected?"],
    ['feedback-request', "I'd appreciate any feedback on my interview."],
    ['feedback-request', 'Is there anything I could have done differently?'],
    ['feedback-request', 'Where could I improve for next time?'],
    ['feedback-request', "I'd love to know the reasons behind your decision."],
    ['feedback-request', 'Where did I fall short?'],

    // A second round, written after the families were first tuned (kept as regression cases).
    ['late-answer', 'Upon reflection, I would like to give a more complete response to your question on pricing.'],
    ['late-answer', 'Since our interview I have thought a lot about your question on conflict, and here is my answer.'],
    ['late-answer', 'I wanted to follow up on my answer about testing strategy.'],
    ['late-answer', 'To add to what I said about Python, I have also used Go.'],
    ['explain-failure', 'I feel I did not present myself as well as I could have.'],
    ['explain-failure', 'I think my answers came out wrong.'],
    ['explain-failure', 'I got flustered during the case study.'],
    ['explain-failure', 'I was caught off guard by the technical questions.'],
    ['explain-failure', 'Now that I have had time to process, I understand what you were looking for.'],
    ['outside-troubles', 'My daughter was sick the night before so I was exhausted.'],
    ['outside-troubles', 'I have been dealing with some health issues.'],
    ['outside-troubles', 'My grandmother passed away last week.'],
    ['outside-troubles', 'I was running on very little sleep.'],
    ['apology-trivial', 'I apologise for addressing you as John.'],
    ['apology-trivial', 'Sorry for misremembering your name at the end.'],
    ['apology-trivial', 'Please excuse my mix-up with your name.'],
    ['apology-trivial', 'I am sorry I spilled water on your desk.'],
    ['begging', 'I hope you might reconsider.'],
    ['begging', 'Please, I would do anything for this opportunity.'],
    ['begging', 'Is it possible to be considered again for the position?'],
    ['begging', 'I would be so grateful for another shot.'],
    ['begging', 'Please let me prove that I am the right person.'],
    ['feedback-request', 'Would you be willing to share what held me back?'],
    ['feedback-request', 'Could you let me know what I could do better next time?'],
    ['feedback-request', 'May I ask what the deciding factor was?'],
    ['feedback-request', 'I would value your thoughts on how I did.'],
    // A third round, unseen while tuning: 11 of 18 were caught before these families were widened.
    ['late-answer', 'I have been mulling over your question about leadership ever since.'],
    ['late-answer', 'On second thought, my answer to the budgeting question should have included forecasting.'],
    ['late-answer', 'I would like to clarify my response regarding the migration timeline.'],
    ['explain-failure', 'The technical test did not go as planned.'],
    ['explain-failure', 'I know I could have done a better job explaining my approach.'],
    ['explain-failure', 'Nerves got the better of me in the second round.'],
    ['outside-troubles', 'I was recovering from the flu at the time.'],
    ['outside-troubles', 'It has been a stressful month at home.'],
    ['outside-troubles', 'My train was cancelled and I arrived flustered.'],
    ['apology-trivial', 'Sorry again for the mix-up over your name.'],
    ['apology-trivial', 'I apologize for my tardiness.'],
    ['apology-trivial', 'Apologies for the audio problems on my end.'],
    ['begging', 'Would you please reconsider your decision?'],
    ['begging', 'I am asking for one more chance.'],
    ['begging', 'Is there still a chance I could be hired?'],
    ['feedback-request', 'Could you share any feedback about my performance?'],
    ['feedback-request', 'I would love to understand why I was not selected.'],
    ['feedback-request', 'What could I have done differently?'],
  ])('%s: "%s"', (id, text) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    'the wrong turn I took on the way in',
    "I'm sorry to hear the role was filled",
  ])('"%s" is no apology for a slip', (phrase) => {
    expect(ids(`Thank you for today. I enjoyed the walk from reception, and ${phrase}. I'd love to join the team.`)).toEqual([]);
  });
});

describe('innocent texts pass untouched', () => {
  it.each([
    'I enjoyed the walk from reception, despite the wrong turn I took on the way in.',
    "I'm sorry to hear the role was filled, and thank you for letting me know.",
    "I'm sorry that the position was filled internally.",
    "I'd love to hear about next steps.",
    'Thank you for the feedback; it was really helpful.',
    'I understand the reasons for your decision.',
    "If another opportunity comes up, I'd love to be considered.",
    'Please consider me for future roles.',
    'Happy to answer any further questions you have.',
    'Thank you for the thoughtful questions.',
    "I know there's a lot going on at your end this quarter.",
    'The data migration sounds like a real headache for the team.',
    'Sorry for the late reply; Tuesday at 2pm works for me.',
    'Apologies for the delay in getting back to you.',
    'Not only did you explain the role clearly, you made me want to join.',
    "I now understand the role much better, and I'm excited about it.",
    'I was overwhelmed by how welcoming everyone was.',
    "I couldn't have asked for a better conversation.",
    "I hope your week isn't too stressful.",
    'Your name came up when my former colleague recommended the team.',
    'Looking back on our conversation, I enjoyed the part about pairing most.',
    'I was thinking about your question on onboarding, and I love how you approach it.',
    'I look forward to hearing from you.',
    'It was great to meet you, and I hope you have a good weekend.',
    'Thank you for walking me through the team structure; I understand what you are looking for in the role.',
    'I appreciated hearing about how the team recovered when the launch went badly.',
    'I enjoyed hearing how you turned the project around after it went wrong last year.',
    'I was sick of spreadsheets before I found data engineering.',
    'I never get tired of learning new tools.',
    'Why not grab a coffee when you are next in town?',
    'Sorry to hear about the delays on your side, no rush at all.',
    'I would welcome the chance to discuss the offer further.',
    'Thanks again for the feedback you shared during the call.',
    'I hope we can work together again in the future.',
    'I am sorry we ran out of time before I could ask about the roadmap.',
    'Please excuse the brevity of this note.',
    'I didn\'t realise how much the team had grown.',
    'If anything changes on your side, just let me know.',
    'It was nice to put a name to a face!',
    'Your question about conflict made me think, and I enjoyed it.',
    "I have been following your team's blog for a while.",
    'Thanks for the clear answers to my questions.',
    'Hope the move to the new office goes smoothly.',
    'The second round was a great chance to meet the engineers.',
    'My train of thought kept returning to your data model, in a good way.',
    'I am sorry to see the role go to someone else, but I understand.',
    'Please feel free to reach out if you need anything else.',
    'Your feedback during the pairing session was really useful.',
    'I had a great time meeting everyone.',
  ])('"%s"', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

const THANK_YOU_WITHOUT_ENTHUSIASM =
  'Hi Ana, thank you for taking the time to meet with me today to talk about the analyst role. ' +
  'It was a pleasure to learn about the team and its projects. Best, Sam';

describe('a thank-you must say you want the job (000)', () => {
  it.each(['thank-you-email', 'thank-you-each', 'thank-you-note-post'] as const)(
    'a %s that never says so is warned',
    (ruleId) => {
      const warning = checkAdvice(THANK_YOU_WITHOUT_ENTHUSIASM, { ruleId }).find((w) => w.id === 'no-enthusiasm');
      expect(warning).toMatchObject({ severity: 'warning', source: SOURCES['000'], matches: [] });
    },
  );

  it('for the coordinator who arranged it, the nudge is soft', () => {
    expect(checkAdvice(THANK_YOU_WITHOUT_ENTHUSIASM, { ruleId: 'thank-helpers' })).toMatchObject([
      { id: 'no-enthusiasm', severity: 'soft' },
    ]);
  });

  it('saying you are not sure you want it does not count', () => {
    const text =
      "Thank you for meeting me today. To be honest I'm not sure I want the job after hearing about the hours, " +
      'but I appreciated your time and the tour.';
    expect(ids(text, 'thank-you-email')).toContain('no-enthusiasm');
  });

  it.each([
    "I'd love to join the team.",
    'I really want this job.',
    "I'm excited about the role.",
    'I remain very interested in the position.',
    "I can't wait to get started.",
    'I would welcome the opportunity to work with you.',
    'I think I would be a great fit for the team.',
  ])('"%s" says it', (sentence) => {
    expect(ids(`${THANK_YOU_WITHOUT_ENTHUSIASM.replace(' Best, Sam', '')} ${sentence} Best, Sam`, 'thank-you-email')).toEqual([]);
  });

  it('a text still being typed is not warned yet', () => {
    expect(ids('Hi Ana, thank you for today.', 'thank-you-email')).toEqual([]);
  });

  it('without a rule, nothing is expected of the text', () => {
    expect(ids(THANK_YOU_WITHOUT_ENTHUSIASM)).toEqual([]);
  });
});

const GRACIOUS_CLOSED =
  'Thank you for letting me know, and for your time and consideration. I appreciated meeting everyone on the team ' +
  'and learning about the work. Best wishes, Sam';

describe('a gracious reply must keep the door open (002)', () => {
  it.each(['gracious-reply', 'keep-door-open'] as const)('a %s that closes it is warned', (ruleId) => {
    expect(checkAdvice(GRACIOUS_CLOSED, { ruleId })).toMatchObject([
      { id: 'door-not-open', severity: 'warning', source: SOURCES['002'] },
    ]);
  });

  it.each([
    'If another role opens up, I would still love to join.',
    'Please keep me in mind for future openings.',
    "I'd be glad to stay in touch.",
    'If things change with the hire, I would be happy to talk.',
    "Should the new hire not work out, I'm here.",
  ])('"%s" opens it', (sentence) => {
    expect(ids(GRACIOUS_CLOSED.replace(' Best wishes', ` ${sentence} Best wishes`), 'gracious-reply')).toEqual([]);
  });
});

describe('each warning explains itself', () => {
  it('with one line, its source, a severity and where it matched', () => {
    const text = 'Thanks again. Sorry for calling you Maria, I was so nervous.';
    const warnings = checkAdvice(text);
    expect(warnings.map((w) => w.id)).toEqual(['apology-trivial', 'explain-failure']);
    for (const w of warnings) {
      expect(w.reason).not.toContain('\n');
      expect(w.reason.length).toBeLessThan(120);
      expect(w.source).toEqual(SOURCES['004']);
      expect(w.severity).toBe('warning');
      expect(w.match).toEqual(w.matches[0]);
    }
    const apology = warnings[0]?.match;
    expect(text.slice(apology?.start, apology?.end)).toBe('Sorry for calling you');
  });

  it('asking for feedback is a soft warning', () => {
    expect(checkAdvice("Could you tell me why I wasn't chosen?")).toMatchObject([{ id: 'feedback-request', severity: 'soft' }]);
  });

  it('every passage is reported, once per kind of warning', () => {
    const text = 'I was nervous. Later my mind went blank. Then I froze.';
    const warnings = checkAdvice(text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.matches.map((m) => text.slice(m.start, m.end))).toEqual(['I was nervous', 'mind went blank', 'I froze']);
  });

  it.each([
    ['', undefined],
    ['   ', undefined],
    ['\u0000\uFFFF{}[]()', undefined],
    ['sorry '.repeat(10_000), 'thank-you-email'],
    [null as unknown as string, undefined],
  ] as const)('odd input never throws (%#)', (text, ruleId) => {
    expect(() => checkAdvice(text, { ruleId: ruleId ?? null })).not.toThrow();
  });

  it('a match is found with curly apostrophes as with straight ones', () => {
    expect(ids('I wasn\u2019t at my best.')).toEqual(['explain-failure']);
  });
});

describe('issue #15: apologising for poor answers, and paths that cross again', () => {
  it('flags "I am so sorry for my poor answers" as explaining the failure', () => {
    expect(ids('I am so sorry for my poor answers.')).toContain('explain-failure');
    expect(ids('Apologies for my weak answers on the SQL questions.')).toContain('explain-failure');
  });

  it('"I hope our paths cross again" keeps the door open', () => {
    const text =
      'Thank you for letting me know, and for the time you and the team gave me. I respect your decision and enjoyed ' +
      'meeting everyone at Northwind. I hope our paths cross again.';
    expect(ids(text, 'gracious-reply')).not.toContain('door-not-open');
  });

  it('innocent look-alikes still pass', () => {
    expect(ids('I am so sorry to hear the role was filled; thank you for your answers to my questions.')).toEqual([]);
  });
});

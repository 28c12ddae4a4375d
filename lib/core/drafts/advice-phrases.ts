/**
 * What not to write after an interview (the advice of article 004, listed in lib/core/advice/sources.ts), and
 * what a thank-you or a gracious reply must say (000, 002), as phrase families a reader can scan.
 * Pattern language: see phrase-matcher.ts. Contractions are already expanded ("didn't" is "did not").
 * Each family lists its known innocent look-alikes in a comment; tests/unit/drafts/advice-check.test.ts holds them.
 */
import type { PhraseRule } from './phrase-matcher';

/** Small slips in an interview; apologising for them only draws attention (004). */
const SLIP =
  'name|names|misspel*|mispronounc*|typo|typos|forgot|forgotten|forgetting|spill*|spilt|stumbl*|glitch*|blank|' +
  'blanked|awkward*|slip|slips|blunder*|interrupt*|fumbl*|rambl*|camera|microphone|mic|audio|wifi|connection|' +
  'lateness|tardiness|muddl*';

export type WarningFamily =
  | 'late-answer'
  | 'explain-failure'
  | 'outside-troubles'
  | 'apology-trivial'
  | 'begging'
  | 'feedback-request';

/** Innocent look-alikes are noted per family. */
export const WARNING_PHRASES: ReadonlyArray<{ key: WarningFamily; phrases: readonly PhraseRule[] }> = [
  {
    // Innocent: "happy to answer any further questions", "thank you for the thoughtful questions".
    key: 'late-answer',
    phrases: [
      { seq: 'better|fuller|clearer|proper|complete|stronger|improved|fuller ~1 answer|answers|response|explanation' },
      { seq: 'revisit|expand|add|clarify|elaborate|improve|correct|amend|rephrase|follow ~3 my|that|one ~1 answer*|response*|reply' },
      {
        near: [
          'thought|thinking|think|reflect|reflected|reflecting|reflection|mull*|ponder*|slept|sleep',
          'since|after|having|more|longer|overnight|hindsight|again|additional|some|lot',
          'question*|asked|answer*',
        ],
        within: 12,
      },
      { seq: 'should|could ~0 have ~1 said|answered|mentioned|explained|told|replied|responded|described' },
      { seq: 'meant ~0 to ~0 say|mention|add|answer' },
      { seq: 'forgot ~0 to ~0 mention|say|add|tell' },
      { seq: 'what ~0 i ~0 meant' },
      { seq: 'to ~0 add ~0 to ~0 what|my|our' },
      { seq: 'on ~0 second ~0 thought|thoughts' },
      { seq: 'answer|answers|response ~5 should ~0 have' },
      { seq: 'here ~0 is ~1 my ~2 answer|response' },
      { seq: 'i ~1 not|never ~1 answer|answered ~2 question*|properly|well|fully|clearly' },
      { seq: 'not ~2 i ~1 answered|answer|explained|explain' },
    ],
  },
  {
    // Innocent: "nothing about the role felt wrong", "not only did you explain the role clearly",
    // "I now understand the role better" (learning about the job is not a post-mortem).
    key: 'explain-failure',
    phrases: [
      { seq: 'went|go|going|gone ~0 wrong|badly|poorly', notBefore: 'it|project|they|you|team|product|launch', guard: 1 },
      { seq: 'came|come|coming ~0 out|across ~1 wrong|wrongly|badly|poorly|awkward|awkwardly|nervous' },
      { seq: 'understand|realise|realize|see ~0 what|why ~2 you ~1 were|was ~0 looking|asking|after|getting' },
      { seq: 'caught ~0 off ~0 guard' },
      { seq: 'not ~0 go|went ~0 well|smoothly' },
      { seq: 'not ~0 go|went ~0 as|to ~0 planned|hoped|expected|plan|intended' },
      { seq: 'threw|thrown ~0 me ~0 off' },
      { seq: 'thrown ~0 off' },
      {
        near: ['now|hindsight|reflection|afterwards', 'understand|realise|realize|see', 'looking|wanted|asking|meant|expected'],
        within: 10,
      },
      { seq: 'i|my ~2 froze|freeze|frozen|blanked|rambled|rambling|stumbled|fumbled|panicked|flustered|choked|waffled' },
      { seq: 'mind ~0 went ~0 blank' },
      { seq: 'not ~0 at ~0 my ~0 best' },
      { seq: 'off|below ~0 my ~0 best|game' },
      { seq: 'was ~0 not ~0 myself' },
      {
        seq:
          'i ~2 not|failed|unable|struggled|never ~2 perform|performed|explain|express|convey|show|showcase|present|' +
          'articulate|communicate|demonstrate|come|do ~3 well|properly|clearly|justice|best|fully|across|effectively|adequately',
      },
      { seq: 'i ~2 misunderstood|misread|misinterpreted|misheard' },
      { seq: 'not ~0 understand ~1 the|your ~0 question*' },
      { seq: 'i ~2 nervous|anxious|nervy' },
      { seq: 'my ~0 nerves|anxiety' },
      { seq: 'nerves ~2 got|took' },
      {
        near: [
          'realise|realize|realised|realized|understand|see|know|recognise|recognize',
          'now|hindsight|afterwards|later',
          'should|wrong|mistake|mistakes|missed|instead|misunderstood|error',
        ],
        within: 8,
      },
      { seq: 'in ~0 hindsight' },
      { seq: 'looking ~0 back ~4 should|wrong|mistake|differently' },
      { seq: 'not|never ~2 reflect|reflection|representative|indicative ~3 ability|abilities|skills|experience|capabilities|potential|best' },
      { seq: 'undersold|undersell|underselling' },
      { seq: 'sell|sold|selling ~0 myself ~0 short' },
      // Apologising for how the answers came out is explaining the failure: "I am so sorry for my poor answers".
      {
        seq:
          'sorry|apolog*|regret ~4 poor|weak|bad|terrible|awful|clumsy|shaky|disappointing|rambling|muddled|incomplete|' +
          'inadequate ~1 answer|answers|responses|response|performance|showing|interview',
      },
      { seq: 'my ~1 poor|weak|bad|terrible|awful|shaky|disappointing ~0 answer|answers|responses|performance|showing' },
      {
        seq: 'could|should|would ~0 have ~0 done|handled|prepared|performed|answered ~2 better|differently',
        notBefore: 'what|how|where|anything',
      },
    ],
  },
  {
    // Innocent: "I know there's a lot going on at your end", "the data migration sounds like a headache",
    // "I was overwhelmed by how welcoming everyone was".
    key: 'outside-troubles',
    phrases: [
      { seq: 'divorce*|bereave*|funeral*|insomnia' },
      { seq: 'passed ~0 away' },
      { seq: 'family ~2 emergency|emergencies|crisis|illness|situation|issues|problems|matters' },
      { seq: 'personal ~0 circumstances|issues|matters|problems|situation|troubles|difficulties|stuff|life' },
      { seq: 'i|me|my ~1 had|have|got|been ~2 lot ~0 going ~0 on' },
      { seq: 'lot ~0 going ~0 on ~0 for|with|in ~0 me|my' },
      { seq: 'going ~0 through ~2 difficult|tough|hard|rough|divorce|lot|personal|challenging|stressful' },
      {
        seq: 'was|been|felt|feeling|am|were ~2 unwell|sick|ill|tired|exhausted|distracted|stressed|jetlagged|drained',
        notAfter: 'of',
      },
      { seq: 'health ~0 issues|problems|scare|condition|reasons' },
      { seq: 'i ~2 recovering|recovered ~0 from' },
      { seq: 'stressful|difficult|tough|rough|hard ~3 at ~0 home' },
      { seq: 'dealing ~0 with ~3 health|illness|personal|family|loss|grief|bereavement' },
      { seq: 'under ~0 the ~0 weather' },
      { seq: 'not ~0 feeling|feel|felt ~0 well|great|100|myself|good|my' },
      { seq: 'i|my ~3 headache*|migraine*|fever|cold|flu' },
      { seq: 'not|barely|hardly|little|no|lack|without|poor|poorly|badly ~2 sleep|slept|sleeping' },
      { seq: 'sleepless|jetlag*' },
      { seq: 'jet ~0 lag' },
      { seq: 'car|train|bus|flight|babysitter|childcare ~3 broke|broken|breakdown|delayed|cancelled|canceled|fell' },
      { seq: 'stuck ~0 in ~0 traffic' },
      { seq: 'traffic ~2 terrible|awful|horrendous|bad|nightmare|heavy' },
      { near: ['had|having|been', 'tough|difficult|rough|stressful|bad|hard', 'week|day|days|period|patch|month|morning|night', 'i|me|my'], within: 7 },
    ],
  },
  {
    // Innocent: "the wrong turn I took on the way in", "I'm sorry to hear the role was filled",
    // "sorry for the late reply" (about this email, not a slip in the interview).
    key: 'apology-trivial',
    phrases: [
      { seq: `sorry ~0 for|about|that|if|again|i|my ~7 ${SLIP}` },
      { seq: `apolog* ~6 ${SLIP}` },
      { seq: `forgive|excuse|pardon ~0 me|my ~5 ${SLIP}` },
      { seq: `${SLIP} ~6 sorry|apolog*`, notAfter: 'to' },
      { seq: 'sorry|apolog* ~3 call|called|calling|address|addressed|addressing|referring|referred ~0 you' },
      {
        seq: 'sorry|apolog* ~4 late|lateness|delay',
        notAfter: 'reply|response|answer|replying|responding|email|message|note|getting|in|with',
      },
    ],
  },
  {
    // Innocent: "I'd love to hear about next steps", "if another opportunity comes up, I'd love to be considered",
    // "please consider me for future roles".
    key: 'begging',
    phrases: [
      { seq: 'reconsider*' },
      { seq: 'give|grant|allow|offer ~1 me ~2 another|second|one|chance|shot' },
      { seq: 'another|second|one|last ~1 chance|shot', notAfter: 'comes|come|arises|arise|opens|open|appears' },
      { seq: 'change|rethink|revisit|reverse|review|overturn ~1 your|the ~0 decision|mind' },
      { seq: 'please ~2 hire' },
      { seq: 'beg|begging|plead*|implore' },
      { seq: 'desperate*' },
      { seq: 'need ~1 this|the ~0 job|role|position' },
      { seq: 'anything ~3 change ~2 mind|decision|outcome' },
      { seq: 'any|some ~0 way|chance|possibility ~5 still|reconsider|change', notBefore: 'if|whether', guard: 3 },
      { seq: 'still ~2 be ~0 considered ~0 for ~0 this|the ~0 role|position|job' },
      { seq: 'will ~0 not ~0 let ~0 you ~0 down' },
      { seq: 'do ~0 anything ~2 for ~2 this|the ~0 job|role|opportunity|position|chance' },
      { seq: 'considered ~0 again' },
      { seq: 'still ~0 a|any ~0 chance|possibility|way', notBefore: 'if|whether', guard: 3 },
      { seq: 'let ~0 me ~0 prove' },
    ],
  },
  {
    // Innocent: "thank you for the feedback", "I understand the reasons for your decision".
    key: 'feedback-request',
    phrases: [
      {
        seq: 'why|reasons|reason ~5 unsuccessful|rejected|rejection|decline*|passed|chose|chosen|selected|someone|decision|outcome',
        notBefore: 'understand|understood|respect|accept|appreciate|for',
      },
      // "why I wasn't selected", but not "why not grab a coffee".
      { seq: 'why|reasons|reason ~1 i|my|we ~3 not', notBefore: 'understand|understood|respect|accept|appreciate' },
      { seq: 'to ~0 understand|know|hear|learn ~0 why ~1 i|my|we ~3 not|unsuccessful|rejected' },
      {
        near: [
          'feedback|pointers|critique',
          'could|would|appreciate|welcome|grateful|share|any|ask|wonder*|request|possible|love|happy|interested|keen|some',
        ],
        within: 8,
        notBefore: 'thank|thanks',
        guard: 4,
      },
      { seq: 'could|might|should|can ~2 have ~1 done|handled|answered|prepared ~1 better|differently' },
      { seq: 'what|where|how|areas|ways ~1 i ~1 could|might|can|should ~1 improve|improved' },
      { seq: 'what|where|how|areas|ways ~2 could|might|can|should ~1 i ~1 improve|improved' },
      { seq: 'fall|fell|falling ~0 short' },
      { seq: 'what ~2 i ~0 was ~0 missing|lacking' },
      { seq: 'areas ~0 for|of|to ~0 improvement|improve|develop*' },
      { seq: 'held|holding ~0 me ~0 back' },
      { seq: 'deciding|decisive ~0 factor*' },
      { seq: 'what ~2 i ~0 could|can|should|might ~1 do ~0 better|differently' },
      { seq: 'thoughts|opinion|views|tell|know|share|hear ~3 how ~0 i ~0 did|performed|came' },
    ],
  },
];

/** A thank-you must say plainly that the user wants the job (000): any of these counts, unless negated. */
export const ENTHUSIASM_PHRASES: readonly PhraseRule[] = [
  { seq: 'want|wanted|wanting ~3 job|role|position|opportunity|offer|join|part|work' },
  { seq: 'excit*|enthusias*|eager*|keen|thrill*|delight*|passionate|energi*|inspir*' },
  { seq: 'can ~0 not ~0 wait' },
  {
    seq:
      'love|like|glad|happy|welcome|hope|hoping|honour*|honor* ~4 join|joining|contribute|contributing|part|work|working|' +
      'opportunity|chance|team|aboard',
  },
  {
    seq:
      'very|really|truly|still|remain|strong|strongly|genuine|genuinely|keen|great|more|particularly|deeply|sincere|' +
      'sincerely|real ~2 interest|interested',
  },
  { seq: 'look|looking ~0 forward ~3 joining|working|contributing|next|chance|opportunity|start|starting|being' },
  { seq: 'great|perfect|good|strong|ideal|natural|excellent ~0 fit|match' },
  { seq: 'dream ~0 job|role|company|team' },
];

/** Words that, a few words before an enthusiasm phrase, turn it around ("I'm not sure I want the job"). */
export const NEGATION = 'not|no|never|unsure|doubt|nor|hardly';

/** A gracious reply must keep the door open in so many words (002, must-do 3). */
export const DOOR_OPEN_PHRASES: readonly PhraseRule[] = [
  {
    near: [
      'another|other|future|next|new|similar|further|different|any',
      'role|roles|position|positions|opening|openings|opportunit*|vacanc*|job|jobs',
    ],
    within: 8,
  },
  { seq: 'keep|stay|remain ~1 in ~0 touch' },
  { seq: 'keep ~0 me|my ~3 mind|file|details|cv|resume|radar|list' },
  { seq: 'stay ~0 connected' },
  { seq: 'still|again|ever ~3 love|like|glad|keen|welcome|happy|interested|join|considered|consider' },
  { seq: 'if|should|when ~2 things|circumstances|plans|anything|needs|situation ~1 change|changes|changed' },
  { seq: 'not ~0 work ~0 out' },
  { seq: 'in ~0 the ~0 future' },
  { seq: 'reach ~0 out ~2 again' },
  // "I hope our paths cross again", "I hope we get to work together one day".
  { seq: 'paths ~0 cross' },
  { seq: 'cross ~0 paths' },
  { seq: 'work ~0 together ~3 day|future|someday|again|sometime' },
];

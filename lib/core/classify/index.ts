export { classifyByRules, KIND_PRIORITY } from './classify';
export { classify, type ClassifyOptions } from './pipeline';
export { KNOWN_SENDERS, knownSender, type KnownSender, type SenderRole } from './senders';

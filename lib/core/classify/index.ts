export { classifyByRules } from './classify';
export { KIND_PRIORITY } from './ranking';
export { classify, type ClassifyOptions } from './pipeline';
export { KNOWN_SENDERS, knownSender, type KnownSender, type SenderRole } from './senders';

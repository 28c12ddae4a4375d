export { classifyByRules } from './classify';
export { KIND_PRIORITY } from './ranking';
export { classify, speaksOfJob, type ClassifyOptions } from './pipeline';
export { KNOWN_SENDERS, knownSender, type KnownSender, type SenderRole } from './senders';

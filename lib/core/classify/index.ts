export { classify, KIND_PRIORITY } from './classify';
export { KNOWN_SENDERS, knownSender, type KnownSender, type SenderRole } from './senders';

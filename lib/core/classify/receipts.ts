/**
 * Notices a mail system writes about a message the owner sent: a read receipt ("Read: Application – Office
 * Manager", "Gelesen: …", "Lu : …", "開封済み: …") and a delivery status notice ("Undeliverable: …", "Unzustellbar:
 * …"). They repeat the owner's own subject, often a job's, and say only that it was opened or could not be
 * delivered: never a step of the search, whatever the subject says. In the labelled sets every one is other mail,
 * and the model, with few to learn from, read a receipt of the owner's application as a confirmed interview.
 *
 * An automatic reply is not among them: a careers mailbox's "Automatic reply: Application …" is often the
 * employer's acknowledgement (application received), and the model reads those.
 *
 * One anchored pattern, tried once at the subject's start: linear in the subject's length.
 */
const RECEIPT_PREFIX = new RegExp(
  '^\\s*(?:' +
    [
      // Read and not-read receipts, as Outlook and other clients title them in the languages read.
      'read', 'not read', 'gelesen', 'ungelesen', 'nicht gelesen', 'lu', 'non lu', 'leído', 'leido', 'no leído',
      'no leido', 'lida', 'lido', 'não lida', 'não lido', 'letto', 'non letto', 'gelezen', 'niet gelezen',
      'przeczytano', 'przeczytana', 'przeczytane', 'nie przeczytano', 'läst', 'oläst', 'ej läst', '開封済み', '未開封',
      // Notices that a message could not be delivered. (Not "Delivered:": its words in other languages, "Entregue:",
      // "Zugestellt:", could title a step of a process too.)
      'undeliverable', 'undelivered', 'delivery delayed', 'unzustellbar', 'non remis', 'no se puede entregar',
      'não é possível entregar', 'não entregue', 'impossibile recapitare', 'non recapitabile', 'onbestelbaar',
      'niedostarczalne', 'nie można dostarczyć', 'kan inte levereras', '配信不能',
    ].join('|') +
    ')\\s*[:：]',
  'i',
);
/** Delivery failures titled as a whole, not as a prefix to the subject. */
const DELIVERY_FAILURE = /^\s*(?:delivery status notification|mail delivery (?:failed|failure|subsystem)|returned mail|undelivered mail returned to sender)\b/i;

/** Whether a subject is a mail system's read receipt or delivery notice for a message the owner sent. */
export function isMailReceipt(subject: unknown): boolean {
  if (typeof subject !== 'string' || subject === '') return false;
  const head = subject.length > 120 ? subject.slice(0, 120) : subject;
  return RECEIPT_PREFIX.test(head) || DELIVERY_FAILURE.test(head);
}

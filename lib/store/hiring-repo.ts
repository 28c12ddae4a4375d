/**
 * The organisations the user's mail showed them hiring for or working at (core/classify/hiring-side.ts), kept between batches of
 * mail: the detector starts from them, adds what a batch shows, and a correction that says mail from one is the
 * user's own search forgets it, as does the user's "Forget" on the options page.
 */
import { MAX_HIRING_SIDES, sameOrganisation, senderOrganisation, type OwnSide } from '../core/classify/hiring-side';
import { isoNow, type CallbackDb, type HiringSide } from './db';

/** Oldest first. */
const byAt = (a: HiringSide, b: HiringSide) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/** The organisations with when and why each was learned, oldest first (the options page lists them; the detector starts from them). */
export async function listHiringSideRows(db: CallbackDb): Promise<HiringSide[]> {
  return (await db.hiringSides.toArray()).sort(byAt);
}

/** The organisations, oldest first. */
export async function listHiringSides(db: CallbackDb): Promise<string[]> {
  return (await listHiringSideRows(db)).map((r) => r.organisation);
}

/** The user says they neither hire for nor work at this organisation (the options page): its mail is decided as usual. */
export async function forgetHiringSide(db: CallbackDb, organisation: string): Promise<void> {
  await db.hiringSides.delete(organisation);
}

/**
 * Remembers organisations a batch of mail showed (a bare domain is one the user hires for); the oldest go past
 * MAX_HIRING_SIDES. One already stored keeps its reason and its date: two tabs, or a thread and a list row, may each
 * have read the store before the other wrote, and the first reason learned is the one kept (as in hiring-side.ts).
 */
export async function rememberHiringSides(
  db: CallbackDb,
  organisations: readonly (string | { organisation: string; why?: OwnSide })[],
  options: { now?: Date } = {},
): Promise<void> {
  if (organisations.length === 0) return;
  const at = isoNow(options.now);
  const learned: HiringSide[] = organisations.map((o) =>
    typeof o === 'string' ? { organisation: o, at } : o.why === 'works' ? { organisation: o.organisation, at, why: 'works' } : { organisation: o.organisation, at },
  );
  await db.transaction('rw', db.hiringSides, async () => {
    const stored = new Set((await db.hiringSides.bulkGet(learned.map((r) => r.organisation))).filter((r) => r !== undefined).map((r) => r.organisation));
    await db.hiringSides.bulkPut(learned.filter((r) => !stored.has(r.organisation)));
    const rows = await db.hiringSides.toArray();
    if (rows.length <= MAX_HIRING_SIDES) return;
    rows.sort(byAt);
    await db.hiringSides.bulkDelete(rows.slice(0, rows.length - MAX_HIRING_SIDES).map((r) => r.organisation));
  });
}

/**
 * The user says mail from this sender is their own search: its organisation is no longer one they hire for or work at. The rows
 * forgotten are returned, for the correction's undo to put back.
 */
export async function forgetHiringSideOf(db: CallbackDb, sender: string): Promise<HiringSide[]> {
  const organisation = senderOrganisation({ from: { name: '', address: sender } });
  if (!organisation) return [];
  const same = (await db.hiringSides.toArray()).filter((r) => sameOrganisation(r.organisation, organisation));
  if (same.length > 0) await db.hiringSides.bulkDelete(same.map((r) => r.organisation));
  return same;
}

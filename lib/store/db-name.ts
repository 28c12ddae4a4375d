/** The extension's database name, apart from db.ts so that a reader without Dexie (first-page.ts) can name it. */
export const DB_NAME = 'callback';

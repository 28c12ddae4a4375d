/** Kept for the store tests that import the timeline builders from here; new tests import tests/support/builders. */
export { app, ev, interview, note, person } from '../../support/builders';

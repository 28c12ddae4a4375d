/** Kept for the store tests that import the email builders from here; new tests import tests/support/builders. */
export { detection, email, idFactory } from '../../support/builders';

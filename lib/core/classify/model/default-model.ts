/**
 * The model that ships: `weights.json`, written by `npm run train` from the labelled sets in
 * `tests/fixtures/detection/train/` and calibrated on `tune/`. Decoded once, on first use. Imported by the
 * background and the command line only: the content scripts never carry it (a bundle test checks).
 */
import weights from './weights.json';
import { decodeModel, type LinearModel, type ModelFile } from './linear';

let model: LinearModel | null | undefined;

/** The shipped model, or null when its file cannot be read (the rules then decide alone). */
export function defaultModel(): LinearModel | null {
  if (model === undefined) {
    try {
      model = decodeModel(weights as unknown as ModelFile);
    } catch {
      model = null;
    }
  }
  return model;
}

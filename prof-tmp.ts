import { generate } from './tests/bench/detection.bench';
import { detect } from './lib/core/detect';
import { defaultModel } from './lib/core/classify/model/default-model';
const model = defaultModel();
const emails = generate(2000, 7);
for (let r = 0; r < 6; r++) { const t = performance.now(); for (const e of emails) detect(e, { model }); console.log(((performance.now() - t) / emails.length * 1000).toFixed(1), 'us/email'); }

/**
 * Callback's command line (Node only):
 *   classify            JSON Lines on stdin, one detection per line on stdout
 *   scan FILE... [--json]   .eml, .mbox and .jsonl files to a table (or JSON Lines)
 *   eval [path]         accuracy on a labelled corpus (default: the development corpus beside the repository)
 *   train [--check|--compare]   the learned model from tests/fixtures/detection/train, calibrated on tune/
 *   train --held-out PATTERN [--settings JSON …]   settings compared on whole sets kept out of training
 */
import { runClassify } from './classify-command';
import { runEval } from './eval-command';
import { runScan } from './scan-command';
import { runSplit } from './split-command';
import { runTrain } from './train-command';

const USAGE = `usage:
  npm run --silent cli -- classify < emails.jsonl
  npm run --silent cli -- scan [--json] FILE...   (.eml, .mbox, .jsonl)
  npm run eval [-- path/to/labelled.jsonl]
  npm run train [-- --check | --compare]
  npm run train -- --held-out PATTERN [--settings JSON ...]   (compare settings on sets kept out whole)
  npm run --silent cli -- split SET   (move a new training set's tuning fifth to tune/SET)
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const out = { write: (t: string) => void process.stdout.write(t) };
  const err = { write: (t: string) => void process.stderr.write(t) };
  switch (command) {
    case 'classify':
      return runClassify(process.stdin, out);
    case 'scan':
      return runScan(args, out, err);
    case 'eval':
      return runEval(args, out, err);
    case 'train':
      return runTrain(args, out, err);
    case 'split':
      return runSplit(args, out, err);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      out.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      err.write(`unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);

import { main } from './index';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`concord: ${String(err)}\n`);
    process.exitCode = 1;
  },
);

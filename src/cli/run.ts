// The process entry point of `concord`: run the command, flush output, exit with its status.
import { main } from './main.js';

const code = await main(process.argv.slice(2), {
  stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env,
});
process.exitCode = code;

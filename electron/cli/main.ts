import { appVersion } from '../services/version';

// `dpo-desk due | head` closes the pipe early: the reader has what it wanted. What is left to
// print is dropped quietly (no stack trace), and the command still finishes its work.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const args = process.argv.slice(2);
// The version needs nothing else: it is printed before the rest of the command line (commander,
// the language tables, the help texts) is loaded, as `dpo-desk --version` is run to check a set-up.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${appVersion}\n`);
} else {
  const { runCli } = await import('./cli');
  process.exitCode = await runCli(args);
}

import { runCli } from '../../electron/cli/cli';

/** Runs `dpo-desk` in this process and captures what it printed and its exit code. */
export async function runCliCaptured(
  argv: string[],
  env: Record<string, string | undefined> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    out: (text) => (out += text),
    err: (text) => (err += text),
    env,
  });
  return { code, out, err };
}

/** A password from standard input (its first line) or typed at a terminal without echo. */
export async function readPassword(prompt: string, fromStdin: boolean): Promise<string> {
  const input = process.stdin;
  if (fromStdin || !input.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of input) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  try {
    return await new Promise<string>((done, fail) => {
      let typed = '';
      const onData = (b: Buffer) => {
        for (const ch of b.toString('utf8')) {
          if (ch === '\r' || ch === '\n') {
            input.off('data', onData);
            process.stderr.write('\n');
            return done(typed);
          }
          if (ch === '\u0003') {
            input.off('data', onData);
            return fail(new Error('cancelled'));
          }
          typed = ch === '\u007f' || ch === '\b' ? [...typed].slice(0, -1).join('') : typed + ch;
        }
      };
      input.on('data', onData);
    });
  } finally {
    input.setRawMode(false);
    input.pause();
  }
}

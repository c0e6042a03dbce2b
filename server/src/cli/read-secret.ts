import readline from 'node:readline';

/**
 * Reads a secret: hidden from the terminal when there is one, else the first
 * line of standard input (for scripts: `echo "$PW" | tierline ...`).
 */
export async function readSecret(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const lines = readline.createInterface({ input });
    for await (const line of lines) {
      lines.close();
      return line;
    }
    return '';
  }

  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  let secret = '';
  try {
    return await new Promise<string>((resolve, reject) => {
      input.on('data', (chunk: Buffer) => {
        for (const char of chunk.toString('utf8')) {
          if (char === '\r' || char === '\n') return resolve(secret);
          if (char === '\u0003') return reject(new Error('cancelled'));
          if (char === '\u007f') secret = [...secret].slice(0, -1).join('');
          else secret += char;
        }
      });
    });
  } finally {
    input.setRawMode(false);
    input.pause();
    input.removeAllListeners('data');
    process.stderr.write('\n');
  }
}

/** Asks twice when a person types it, so a typo does not lock them out. */
export async function readNewPassword(): Promise<string> {
  const password = await readSecret('New password: ');
  if (!process.stdin.isTTY) return password;
  const again = await readSecret('Repeat it: ');
  if (again !== password) throw new Error('the two passwords differ');
  return password;
}

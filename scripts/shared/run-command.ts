// Runs a command with this terminal as its own (output and Ctrl-C pass through) and resolves to its
// exit code: for the npm scripts that chain a build and a server (start, dev).
import { spawn } from 'node:child_process';

export function runInTerminal(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

import { execFileSync } from 'node:child_process';

/** Whether a program is on the PATH (tests that need soffice or pdftotext skip without it). */
export function hasCommand(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

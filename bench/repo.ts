/** Paths of the repository, found from the compiled bench (build/bench/bench/…) or the sources. */
import { existsSync } from 'fs';
import { dirname, join } from 'path';

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'test', 'fixtures', 'seed.txt'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`bench: repository root not found above ${from}`);
    dir = up;
  }
  return dir;
}

export const REPO = findRoot(__dirname);
export const repoPath = (...parts: string[]): string => join(REPO, ...parts);

// Every file under a folder and its bytes (base64), by relative path: two snapshots are equal
// when the folders hold the same files, byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function folderSnapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((file) => [relative(dir, file), readFileSync(file).toString('base64')]));
}

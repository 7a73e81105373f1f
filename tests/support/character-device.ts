/**
 * A character device a test may aim a write at. As root, a fresh one (`mknod`, the null device's
 * numbers) in the test's own folder, since root could replace /dev/null itself if the code under
 * test were wrong; otherwise /dev/null, which a plain user cannot replace.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/** The path of a character device to try writing to, made in `folder` when running as root. */
export function characterDeviceIn(folder: string): string {
  if (process.getuid?.() !== 0) {
    return '/dev/null'
  }
  const device = join(folder, 'null-device')
  execFileSync('mknod', ['-m', '666', device, 'c', '1', '3'])
  return device
}

/**
 * The e2e harness's collector: instead of powershell.exe, it prints the lines a test scripts and
 * writes a recorded document to the out file, or fails, or waits until it is canceled.
 */
import fsp from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { CollectorProcessRequest } from '~electron/main/ipc/types'
import { fail, ok, type Result } from '~shared/ipc/result'

/** What the next collector run does. */
export type FakeCollectorRun =
  /** Prints `lines`, then writes the fixture `document` (relative to tests/fixtures/). */
  | { readonly outcome: 'writes'; readonly lines: readonly string[]; readonly document: string }
  /** Prints `lines`, then exits with the message a failed run gives. */
  | { readonly outcome: 'fails'; readonly lines: readonly string[]; readonly message: string }
  /** Prints `lines`, then runs until canceled. */
  | { readonly outcome: 'hangs'; readonly lines: readonly string[] }

const SHARED_FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url))

/** Runs one fake collection as `behaviour` says. */
export async function runFakeCollector(behaviour: FakeCollectorRun, request: CollectorProcessRequest): Promise<Result<null>> {
  for (const line of behaviour.lines) {
    request.onOutput(line)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  switch (behaviour.outcome) {
    case 'writes':
      await fsp.copyFile(`${SHARED_FIXTURES}${behaviour.document}`, request.outFile)
      return ok(null)
    case 'fails':
      return fail('collector-failed', behaviour.message)
    case 'hangs':
      return new Promise((resolve) => {
        const stop = () => resolve(fail('canceled', 'Collection was canceled.'))
        if (request.signal.aborted) {
          stop()
        }
        request.signal.addEventListener('abort', stop, { once: true })
      })
  }
}

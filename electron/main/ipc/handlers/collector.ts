/**
 * The collector channels: show, copy and save the bundled script, and run it on this server.
 *
 * Paths never come from the renderer: the script's is fixed at start, the save target comes from
 * main's own dialog, and the run writes into a fresh private temp folder.
 */
import { join } from 'node:path'
import { MAX_PROGRESS_LINE_LENGTH } from '~shared/ipc/events'
import { fail, ok } from '~shared/ipc/result'
import { COLLECTOR_SCRIPT_NAME, copyCollectorScript, readCollectorScript } from '~electron/main/services/collector-script'
import { NOT_ON_WINDOWS_MESSAGE } from '~electron/main/services/collector-runner'
import { withPrivateTempFolder } from '~electron/main/services/private-temp-folder'
import { readInputForRenderer } from '~electron/main/services/read-input-for-renderer'
import type { Handler } from '../guard'
import type { MainDeps } from '../types'

/** The name of the file the collector writes: it names the source of any problem found in it. */
export const COLLECTOR_OUTPUT_NAME = 'collector-output.json'

/** The four collector handlers; they share the one run that may be in progress. */
export interface CollectorHandlers {
  readonly 'collector:get-script': Handler<'collector:get-script'>
  readonly 'collector:save-script': Handler<'collector:save-script'>
  readonly 'collector:run': Handler<'collector:run'>
  readonly 'collector:cancel': Handler<'collector:cancel'>
}

function clipLine(line: string): string {
  return line.length > MAX_PROGRESS_LINE_LENGTH ? `${line.slice(0, MAX_PROGRESS_LINE_LENGTH - 1)}…` : line
}

/** Builds the collector handlers over `deps`. */
export function createCollectorHandlers(deps: MainDeps): CollectorHandlers {
  let running: AbortController | undefined
  return {
    'collector:get-script': () => readCollectorScript(deps.collectorScriptPath),

    'collector:save-script': async () => {
      const target = await deps.showSaveDialog(COLLECTOR_SCRIPT_NAME)
      if (target === undefined) {
        return ok({ status: 'canceled' as const })
      }
      const copied = await copyCollectorScript(deps.collectorScriptPath, target)
      return copied.ok ? ok({ status: 'saved' as const, fileName: copied.value.fileName }) : copied
    },

    'collector:run': async () => {
      if (deps.platform !== 'win32') {
        return fail('not-allowed', NOT_ON_WINDOWS_MESSAGE)
      }
      if (running !== undefined) {
        return fail('not-allowed', 'The collector is already running. Wait for it to finish, or cancel it first.')
      }
      const controller = new AbortController()
      running = controller
      try {
        return await withPrivateTempFolder(async (folder) => {
          const outFile = join(folder, COLLECTOR_OUTPUT_NAME)
          const run = await deps.runCollector({
            scriptPath: deps.collectorScriptPath,
            outFile,
            workingDirectory: folder,
            signal: controller.signal,
            onOutput: (line) => deps.sendEvent('collector:progress', { line: clipLine(line) }),
          })
          return run.ok ? readInputForRenderer(outFile) : run
        })
      } finally {
        running = undefined
      }
    },

    'collector:cancel': async () => {
      const wasRunning = running !== undefined
      running?.abort()
      return ok({ canceled: wasRunning })
    },
  }
}

#!/usr/bin/env node
/**
 * The command line's entry point (`entra-readiness`, built to out/main/cli.js): runs under plain Node.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { version } from '../../package.json'
import { createProcessIo, runCli } from './main'

// The assessment worker is built beside this file (out/main/assess-worker.js); run from source, there is none.
const workerPath = fileURLToPath(new URL('./assess-worker.js', import.meta.url))
// The maintainers' release keys: build/rule-pack-keys/ beside out/ (the package ships both).
const releaseKeyFolder = fileURLToPath(new URL('../../build/rule-pack-keys/', import.meta.url))

// A reader that goes away (`| head`) is handled by createProcessIo: the run finishes and exits
// with its real status.
runCli(process.argv.slice(2), createProcessIo(version, releaseKeyFolder, existsSync(workerPath) ? workerPath : undefined)).then((code) => {
  process.exitCode = code
})

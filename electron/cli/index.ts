#!/usr/bin/env node
/**
 * The command line's entry point (`entra-readiness`, built to out/main/cli.js): runs under plain Node.
 */
import { version } from '../../package.json'
import { createProcessIo, runCli } from './main'

// A reader that goes away (`| head`) is not an error worth a stack trace.
process.stdout.on('error', () => process.exit(process.exitCode ?? 0))

runCli(process.argv.slice(2), createProcessIo(version)).then((code) => {
  process.exitCode = code
})

/**
 * The fleet baseline: reads and JSON.parses every file in a folder, and nothing else.
 *
 * Run as its own Node process (plain JavaScript, no loader), like the built command line, so both
 * samples include Node's start-up. Usage: node parse-only.mjs FOLDER
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const folder = process.argv[2]
if (folder === undefined) {
  throw new Error('usage: node parse-only.mjs FOLDER')
}

/** Decodes the bytes as the contract allows: UTF-8 (BOM optional) or UTF-16LE with a BOM. */
function decode(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return bytes.subarray(2).toString('utf16le')
  }
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3).toString('utf8') : bytes.toString('utf8')
}

let parsed = 0
for (const name of readdirSync(folder).sort()) {
  if (JSON.parse(decode(readFileSync(join(folder, name)))) !== null) {
    parsed += 1
  }
}
process.stdout.write(`${parsed}\n`)

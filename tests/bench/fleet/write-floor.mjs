/**
 * The fleet's floor: reads and JSON.parses every file in a folder, as the baseline does, and also
 * writes as many bytes as the command line's report holds (blank bytes, precomputed), so the
 * figure can say how much of the command line's time any program producing that output must spend.
 *
 * Run as its own Node process, like the others. Usage: node write-floor.mjs FOLDER OUT_FILE TOTAL_BYTES
 */
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'

const [folder, outFile, totalText] = process.argv.slice(2)
if (folder === undefined || outFile === undefined || totalText === undefined) {
  throw new Error('usage: node write-floor.mjs FOLDER OUT_FILE TOTAL_BYTES')
}

/** Decodes the bytes as the contract allows: UTF-8 (BOM optional) or UTF-16LE with a BOM. */
function decode(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return bytes.subarray(2).toString('utf16le')
  }
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3).toString('utf8') : bytes.toString('utf8')
}

const names = readdirSync(folder).sort()
const perFile = Math.ceil(Number(totalText) / Math.max(1, names.length))
const block = Buffer.alloc(perFile * 100, 0x20)
const out = openSync(outFile, 'w')
let parsed = 0
for (const name of names) {
  if (JSON.parse(decode(readFileSync(join(folder, name)))) !== null) {
    parsed += 1
  }
  if (parsed % 100 === 0) {
    writeSync(out, block)
  }
}
writeSync(out, block.subarray(0, perFile * (parsed % 100)))
closeSync(out)
process.stdout.write(`${parsed}\n`)

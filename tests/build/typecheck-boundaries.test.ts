import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url).pathname

/** Type-checks one in-memory file under a project's compiler options; returns the diagnostics' text. */
function diagnosticsFor(project: string, fileName: string, code: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(`${root}${project}`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })
  if (config === undefined) {
    throw new Error(`cannot read ${project}`)
  }
  const path = `${root}${fileName}`
  const host = ts.createCompilerHost(config.options)
  const readFile = host.readFile.bind(host)
  const fileExists = host.fileExists.bind(host)
  const getSourceFile = host.getSourceFile.bind(host)
  host.readFile = (name) => (name === path ? code : readFile(name))
  host.fileExists = (name) => name === path || fileExists(name)
  host.getSourceFile = (name, language) =>
    name === path ? ts.createSourceFile(name, code, language) : getSourceFile(name, language)
  const program = ts.createProgram([path], config.options, host)
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(path))
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
}

describe('type-level boundaries (tsconfig.web.json has no Node types)', () => {
  it('fails a renderer file that imports a Node built-in or uses process', () => {
    const messages = diagnosticsFor(
      'tsconfig.web.json',
      'renderer/src/boundary-probe.ts',
      "import { readFileSync } from 'node:fs'\nexport const x = [readFileSync, process.env]",
    )
    expect(messages.join('\n')).toMatch(/Cannot find module 'node:fs'/)
    expect(messages.join('\n')).toMatch(/Cannot find name 'process'/)
  })

  it('accepts a renderer file that uses the DOM and shared/', () => {
    const messages = diagnosticsFor(
      'tsconfig.web.json',
      'renderer/src/boundary-probe.ts',
      "import { isVersion } from '../../shared/version/four-part-version'\nexport const x = [document.title, isVersion('2.4.18.0')]",
    )
    expect(messages).toEqual([])
  })
})

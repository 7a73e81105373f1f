/**
 * Recognising a collector (install-details) document of another server opened into an assessment
 * that already holds one: instead of a conflict per field, the user is told the file is from
 * another server and offered a new assessment for it (or to add it anyway).
 *
 * Pure; the one caller is the wizard's input store, before an input is added.
 */
import { compareIdentities, serverIdentity, type ServerIdentity } from '../assessments/server-identity'
import type { FactValue, InputFormat } from '../import/text-forms/types'
import type { InstallDetails } from '../types/install-details'

/** An input as the check sees it: its format and facts. */
export interface IdentityInput {
  readonly format: InputFormat
  readonly facts: readonly { readonly path: string; readonly value: FactValue }[]
}

/** The file is from another server: both names, and the sentence shown. */
export interface AnotherServer {
  /** How the file's server is named (`AADC02`, or its FQDN where the short names agree). */
  readonly incoming: string
  /** How this assessment's server is named. */
  readonly current: string
  readonly message: string
}

const FULL_DOCUMENT: InputFormat = 'install-details-json'

function identityOfFacts(facts: IdentityInput['facts']): ServerIdentity {
  const text = (path: string) => {
    const value = facts.find((fact) => fact.path === path)?.value
    return typeof value === 'string' ? value : undefined
  }
  const name = text('server.name')
  const fqdn = text('server.fqdn')
  const tenant = text('connect.tenant')
  const details = {
    kind: 'entra-connect-install-details',
    schemaVersion: 1,
    server: { ...(name === undefined ? {} : { name }), ...(fqdn === undefined ? {} : { fqdn }) },
    connect: tenant === undefined ? {} : { tenant },
  } as InstallDetails
  return serverIdentity({ serverName: '' }, details)
}

/** The first fact of the two identities that differs, as the user would name the two servers. */
function namesOf(incoming: ServerIdentity, current: ServerIdentity): readonly [string, string] {
  if (incoming.shortName !== current.shortName) {
    return [incoming.shortName ?? '', current.shortName ?? '']
  }
  if (incoming.fqdn !== null && current.fqdn !== null && incoming.fqdn !== current.fqdn) {
    return [incoming.fqdn, current.fqdn]
  }
  return [`${incoming.shortName ?? ''} of ${incoming.tenant ?? ''}`, `${current.shortName ?? ''} of ${current.tenant ?? ''}`]
}

/**
 * Whether `incoming` is a full install-details document of another server than the one `details`
 * (derived from `inputs`) describes. Only asked when the assessment already holds such a document:
 * a command's output or a first file is never "another server". Undefined when it is the same
 * server, or when either side's name is not known.
 */
export function anotherServerOf(inputs: readonly IdentityInput[], details: InstallDetails, incoming: IdentityInput): AnotherServer | undefined {
  if (incoming.format !== FULL_DOCUMENT || !inputs.some((input) => input.format === FULL_DOCUMENT)) {
    return undefined
  }
  // The customer is the assessment's, not the file's: only what the documents say is compared.
  const current = serverIdentity({ serverName: '' }, details)
  const theirs = identityOfFacts(incoming.facts)
  if (current.shortName === null || theirs.shortName === null || compareIdentities(theirs, current) !== 'different') {
    return undefined
  }
  const [incomingName, currentName] = namesOf(theirs, current)
  return { incoming: incomingName, current: currentName, message: `This file is from another server (${incomingName}, not ${currentName}).` }
}

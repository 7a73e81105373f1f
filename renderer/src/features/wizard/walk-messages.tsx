/**
 * What the walk says above the current step, in order: the app's messages, the offer to continue
 * the last assessment, the as-of date's banner, the server's headline and the guide's messages.
 */
import { GuideMessages } from '../guide/guide-messages'
import { AppMessages } from './app-messages'
import { AsOfBanner } from './as-of-banner'
import { ContinueOffer } from './continue-offer'
import { ServerHeadlineBanner } from './server-headline'

/** The banners above the current step. */
export function WalkMessages() {
  return (
    <>
      <AppMessages />
      <ContinueOffer />
      <AsOfBanner />
      <ServerHeadlineBanner />
      <GuideMessages />
    </>
  )
}

/**
 * Renderer tests start with the rules' evaluation in, as the app has it a moment after start
 * (evaluation.ts loads it lazily; tests/renderer/src/store/evaluation-slice.test.ts covers the wait).
 */
import { EVALUATION } from '~renderer/store/evaluation-module'
import { provideEvaluation } from '~renderer/store/evaluation'

provideEvaluation(EVALUATION)

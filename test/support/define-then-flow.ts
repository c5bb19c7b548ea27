/**
 * For test/default-flow-prefetch.test.ts: defines `<login-help-flow>`, then gives the guide
 * `#prefetched` a flow of its own in the same task, before its first update.
 */
import '../../src/define/login-help-flow.js';
import type { LoginHelpFlow } from '../../src/elements/login-help-flow/login-help-flow.js';
import small from '../fixtures/small-flow.json' with { type: 'json' };

document.querySelector<LoginHelpFlow>('#prefetched')!.flow = structuredClone(small);

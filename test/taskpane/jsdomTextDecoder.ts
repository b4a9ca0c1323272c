/**
 * Browsers have TextDecoder; jsdom's window lacks it. Import this first in a jsdom test that reads
 * files, so that modules capturing the global at load time find Node's.
 */
import { TextDecoder } from 'util';

if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder });

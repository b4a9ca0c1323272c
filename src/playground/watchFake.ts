/**
 * Tells the page when the open workbook changed: after every sync (the pane's or the page's own)
 * and every change of the model. It compares the fake's sync count and model version once per
 * animation frame, which needs no hook inside the fake and costs two comparisons a frame.
 */
import type { FakeExcel } from '../fake-excel';

/** Keeps the fake's per-batch log short: the playground runs for long and never reads it. */
const KEPT_BATCHES = 200;

/** Calls `onChange` after each change of whichever fake `current()` returns; returns a stop function. */
export function watchFake(current: () => FakeExcel | null, onChange: () => void): () => void {
  let last = '';
  let lastFake: FakeExcel | null = null;
  let frame = 0;
  const tick = () => {
    const fake = current();
    if (fake) {
      const signature = `${fake.stats.syncs}/${fake.state.version}`;
      if (fake !== lastFake || signature !== last) {
        lastFake = fake;
        last = signature;
        if (fake.stats.batches.length > KEPT_BATCHES) fake.stats.batches.splice(0, fake.stats.batches.length - KEPT_BATCHES);
        onChange();
      }
    }
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}

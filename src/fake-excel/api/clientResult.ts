/** OfficeExtension.ClientResult: a value a method returns, readable after the next sync. */
import { FakeOfficeError } from './errors';

export class FakeClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  /** Throws ValueNotLoaded until the batch that computes it has been synced. */
  get value(): T {
    if (!this.loaded) {
      const message =
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.';
      throw new FakeOfficeError('ValueNotLoaded', message);
    }
    return this.result as T;
  }

  /** Called by the command that computes the value, when its batch runs. */
  settle(value: T): void {
    this.result = value;
    this.loaded = true;
  }
}

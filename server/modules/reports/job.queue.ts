/** Runs jobs one after another in this process; a job's own failure is its business, the queue keeps going. */
export class JobQueue {
  #tail: Promise<void> = Promise.resolve();

  /** Adds a job to the end of the queue. */
  enqueue(run: () => Promise<void>): void {
    this.#tail = this.#tail.then(run).catch(() => undefined);
  }

  /** Resolves once every job enqueued so far has finished (for shutdown and tests). */
  idle(): Promise<void> {
    return this.#tail;
  }
}

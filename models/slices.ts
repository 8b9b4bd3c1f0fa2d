/**
 * Work in slices. Building a world and running a replication are generators that yield between
 * slices, so a browser worker can hand back to its event loop (and stop soon after it is terminated);
 * Node and the command line run them to the end in one go.
 */

/** Run a sliced computation to its end and return its result. */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

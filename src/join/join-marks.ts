// Performance marks on the join's critical path, in the page's own timeline. `npm run bench`
// (scripts/bench/measure-join.ts) reads them with performance.getEntriesByType('mark').

export const JOIN_MARKS = {
  /** The SDK is loaded and initialised: join() could be called. */
  sdkReady: 'join:sdk-ready',
  /** The service worker handed over the signed join (or its failure). */
  signatureReceived: 'join:signature-received',
  /** join() was called on the SDK. */
  joinCalled: 'join:join-called',
} as const;

export function markJoin(name: (typeof JOIN_MARKS)[keyof typeof JOIN_MARKS]): void {
  performance.mark(name);
}

// The storage.local keys through which a test or the benchmark chooses what the end-to-end
// build does (src/shared/test-overrides.ts); apart, so that tests import them without the
// extension APIs.

export const TEST_OVERRIDE_KEYS = {
  /** 'sequential' makes a join ask for its signature only once the SDK is ready. */
  joinOrder: 'testJoinOrder',
  /** Stands in for the browser's interface language. */
  uiLanguage: 'testUiLanguage',
  /** While set, the popup keeps its form as first drawn: the stored values wait for removal. */
  holdPopupReads: 'testHoldPopupReads',
} as const;

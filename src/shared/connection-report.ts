/** What "Test connection" learned from a backend that answered with a usable signature. */
export interface ConnectionReport {
  /** The SDK key the backend signs with (public: Zoom's SDK sends it too). */
  sdkKey?: string;
  /** Backend clock minus this computer's clock, in whole seconds, read from the signature. */
  clockOffsetSeconds: number;
  /** How long the backend's signatures stay valid, in seconds. */
  lifetimeSeconds: number;
}

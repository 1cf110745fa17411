/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** True in the end-to-end build only (JOIN_PANEL_BUILD=e2e); false in every build that ships. */
  readonly JOIN_PANEL_E2E: boolean;
}

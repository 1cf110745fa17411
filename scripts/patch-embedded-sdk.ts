// The Component View bundle of @zoom/meetingsdk 6.2.0 honours `init({assetPath})` only when the
// path starts with http(s); any other path (our chrome-extension: URL) is dropped without a word
// and the SDK fetches its media code from Zoom's CDN instead, which Manifest V3's CSP blocks, so
// the join fails with 5001. This rewrite lets extension URLs through. It looks for the exact
// minified condition and fails the build when that is not there exactly once, so that an SDK
// upgrade that changes the code cannot silently bring the CDN back.

/** The condition as 6.2.0 ships it, in `ZoomMtgEmbedded`'s `initWithSDK` (`e` is assetPath). */
export const ASSET_PATH_CONDITION = 'e&&/^https?:\\/\\//.test(e)&&(s=Wd(e),c=';

/** The same condition, accepting Chromium's and Firefox's extension URLs as well. */
export const PATCHED_ASSET_PATH_CONDITION =
  'e&&/^(https?|chrome-extension|moz-extension):\\/\\//.test(e)&&(s=Wd(e),c=';

/** Thrown when the SDK's code is not the code this patch was written for. */
export class SdkPatchError extends Error {
  override name = 'SdkPatchError';
}

/** The embedded bundle's source with extension URLs accepted as `assetPath`; throws if unsure. */
export function patchEmbeddedAssetPath(source: string): string {
  const found = source.split(ASSET_PATH_CONDITION).length - 1;

  if (found !== 1) {
    throw new SdkPatchError(
      `The Zoom SDK's embedded bundle has its assetPath check ${String(found)} times instead ` +
        'of once: the SDK changed. Check that Component View still loads its files from the ' +
        'extension, then update scripts/patch-embedded-sdk.ts.',
    );
  }

  return source.replace(ASSET_PATH_CONDITION, PATCHED_ASSET_PATH_CONDITION);
}

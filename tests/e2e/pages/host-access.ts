import type { BrowserContext } from '@playwright/test';

interface DeveloperPrivateApi {
  developerPrivate: {
    addHostPermission(extensionId: string, host: string): Promise<void>;
    removeHostPermission(extensionId: string, host: string): Promise<void>;
  };
}

type SiteAccessChange = 'addHostPermission' | 'removeHostPermission';

async function changeSiteAccess(
  context: BrowserContext,
  change: SiteAccessChange,
  extensionId: string,
  pattern: string,
): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    async ([method, id, host]) => {
      const { chrome } = globalThis as unknown as { chrome: DeveloperPrivateApi };
      await chrome.developerPrivate[method](id, host);
    },
    [change, extensionId, pattern] as const,
  );
  await page.close();
}

/**
 * Grants the extension access to a host the way a reader can on chrome://extensions ("Site
 * access"), before the editor asks for it. Headless Chromium shows `permissions.request`'s
 * prompt where nothing can answer it (the request never settles), and Playwright cannot
 * reach browser dialogs. Chromium does not prompt for a host the reader already granted
 * (PermissionsRequestFunction::Run skips runtime-granted permissions), so with this the
 * editor's real request resolves `true` at once. The extension under test is the very build
 * that ships: no test-only host permission in its manifest.
 */
export function grantHostAccess(context: BrowserContext, extensionId: string, pattern: string): Promise<void> {
  return changeSiteAccess(context, 'addHostPermission', extensionId, pattern);
}

/**
 * Takes access back as a reader can on chrome://extensions. `permissions.remove` cannot: the
 * host also matches the content script's patterns, which Chrome counts as required.
 */
export function revokeHostAccess(context: BrowserContext, extensionId: string, pattern: string): Promise<void> {
  return changeSiteAccess(context, 'removeHostPermission', extensionId, pattern);
}

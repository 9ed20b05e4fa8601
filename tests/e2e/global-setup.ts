import { assertExtensionBuilt } from '../support/extension';
import { installedProfileTemplate } from '../support/installed-profile';

/** Installs the extension once per build; every test's browser starts from a copy (see installed-profile.ts). */
export default async function globalSetup(): Promise<void> {
  assertExtensionBuilt();
  process.env.BACKSTORY_INSTALLED_PROFILE = await installedProfileTemplate();
}

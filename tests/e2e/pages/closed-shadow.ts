import type { Page } from '@playwright/test';

/**
 * The rendered text inside the closed shadow root of the first element matching `selector`.
 * Playwright's locators and ARIA snapshots pierce open shadow roots only, but the DevTools
 * protocol's DOM domain sees closed ones too (`pierce: true`), so we resolve the shadow root
 * to a JS object through CDP and read `innerText` of its rendered children (a `<style>`'s
 * innerText would be its CSS, hence the filter).
 */
export async function closedShadowText(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) return '';
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadowRoot = node.shadowRoots?.[0];
    if (!shadowRoot) throw new Error(`${selector} has no shadow root`);
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadowRoot.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () {
        return [...this.children]
          .filter((child) => !['style', 'link', 'script'].includes(child.localName))
          .map((child) => child.innerText)
          .join('\\n');
      }`,
      returnByValue: true,
    });
    return String(result.value ?? '');
  } finally {
    await cdp.detach();
  }
}

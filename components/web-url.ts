/** Only web addresses ever become links: a `javascript:` or `data:` URL stays inert text. */
export function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url.trim());
}

import type { ExportedFile } from '@/lib/messaging';

/** Hands a file the background wrote to the browser's downloads, as a save of this page. */
export function saveFile({ fileName, text }: ExportedFile, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own copy once it starts; the URL would otherwise live as long as the page.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

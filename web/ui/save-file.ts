/** Hands a downloaded blob to the browser as a file named `filename`. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers start reading the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

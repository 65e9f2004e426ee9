/**
 * Saves text as a file from the pane: a Blob and an `<a download>` click. Works in Excel
 * on the web and on Windows; Excel on Mac blocks it (the pane offers a sheet instead).
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

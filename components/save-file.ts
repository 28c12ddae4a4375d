/**
 * Save text as a file the user downloads, through a Blob and an object URL and a link's click: nothing leaves the
 * machine, and no `downloads` permission is needed.
 */
export function saveTextFile(text: string, type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

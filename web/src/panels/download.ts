/** Saves a data URI or text as a file through a temporary link. */
export function download(filename: string, content: string, type?: string): void {
  const href = type ? URL.createObjectURL(new Blob([content], { type })) : content;
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  if (type) setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/** Saves `url` (a data or blob URL) as a file named `filename`, through a temporary link. */
export function downloadUrl(filename: string, url: string): void {
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves text as a file (JSON, CSV, SVG), with a byte-order mark for CSV so spreadsheets read Chinese. */
export function downloadText(filename: string, text: string, type: string): void {
  const body = type === "text/csv" ? `\uFEFF${text}` : text;
  const url = URL.createObjectURL(new Blob([body], { type: `${type};charset=utf-8` }));
  downloadUrl(filename, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The MIME type of an Excel workbook. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Saves bytes as a file (an Excel workbook, say). */
export function downloadBytes(filename: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  downloadUrl(filename, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a file the user picked as text. */
export function readTextFile(file: File): Promise<{ name: string; text: string }> {
  return file.text().then((text) => ({ name: file.name, text }));
}

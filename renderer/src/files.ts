/** Saving and reading files in the renderer (the same in Electron and in a browser). */
export function downloadBase64(fileName: string, mime: string, base64: string): void {
  downloadBytes(fileName, mime, base64ToBytes(base64));
}

export function downloadBytes(fileName: string, mime: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) bin += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(bin);
}

/** Saves a file the Node side built, and says so (with its warnings, e.g. characters the font lacks). */
export function saveExported(f: { fileName: string; mime: string; base64: string; warnings?: string[] }): string {
  downloadBase64(f.fileName, f.mime, f.base64);
  return `${f.fileName} を書き出しました。${(f.warnings ?? []).join(' ')}`;
}

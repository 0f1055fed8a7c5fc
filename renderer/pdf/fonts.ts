/**
 * The PDF fonts in the app: DejaVu Sans from the `dejavu-fonts-ttf` package,
 * bundled as files of the app (never fetched from anywhere else) and read
 * only when a PDF is made. Its licence ships in licences.json with the rest.
 */
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import italicUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { FontFiles } from './drawPdf.ts';

function base64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  // In slices: String.fromCharCode takes a limited number of arguments.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

let loading: Promise<FontFiles> | null = null;

/** The three faces, read once per session. */
export function loadFonts(): Promise<FontFiles> {
  loading ??= Promise.all([regularUrl, boldUrl, italicUrl].map(async (url) => base64(await (await fetch(url)).arrayBuffer()))).then(
    ([regular = '', bold = '', italic = '']) => ({
      regular,
      bold,
      italic,
    }),
  );
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

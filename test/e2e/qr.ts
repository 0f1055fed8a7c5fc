import jsQR from 'jsqr';
import type { Locator } from 'playwright-core';

/** What a phone's camera reads off the QR code on screen: a screenshot, decoded to pixels by the browser, read by jsQR. */
export async function readQr(qr: Locator): Promise<string | null> {
  const shot = (await qr.screenshot()).toString('base64');
  const pixels = await qr.page().evaluate(async (png) => {
    const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { width: bitmap.width, height: bitmap.height, rgba: btoa(binary) };
  }, shot);
  if (!pixels) return null;
  const rgba = Buffer.from(pixels.rgba, 'base64');
  return jsQR(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.length), pixels.width, pixels.height)?.data ?? null;
}

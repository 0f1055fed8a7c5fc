import QRCode from 'qrcode';
import { useMemo } from 'react';

/** The QR code's dark modules as one SVG path, a unit square each. Drawn here, from the text alone: nothing is fetched. */
function qrPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) path += `M${col} ${row}h1v1h-1z`;
  }
  return { size: modules.size, path };
}

/** Modules of white border a reader needs around the code. */
const QUIET = 4;

/**
 * The room's join address as a QR code: black on white with its quiet zone,
 * whatever the theme, so a phone's camera reads it off a screen or a
 * projector. The address (which holds the token) is never written out.
 */
export function RoomQr({ url, label, className }: { url: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => qrPath(url), [url]);
  const box = size + 2 * QUIET;
  return (
    <svg
      className={className ? `room-qr ${className}` : 'room-qr'}
      role="img"
      aria-label={label}
      viewBox={`${-QUIET} ${-QUIET} ${box} ${box}`}
      shapeRendering="crispEdges"
      data-testid="room-qr"
    >
      <rect x={-QUIET} y={-QUIET} width={box} height={box} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}

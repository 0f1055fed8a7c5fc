import { ArrowRightLeft, Ban, Check, CircleHelp, HandHelping, type LucideIcon } from 'lucide-react';
import type { Colour } from '../../shared/model.ts';

/** Each AKR colour's icon; with the label and the CSS pattern, colour is never the only signal. */
export const COLOUR_ICONS: Record<Colour, LucideIcon> = {
  unsorted: CircleHelp,
  green: Check,
  yellow: HandHelping,
  red: ArrowRightLeft,
  black: Ban,
};

/** The number key that sends a focused card to each colour. */
export const COLOUR_KEYS: Record<string, Colour> = { '0': 'unsorted', '1': 'green', '2': 'yellow', '3': 'red', '4': 'black' };

export function ColourIcon({ colour, size = 18 }: { colour: Colour; size?: number }) {
  const Icon = COLOUR_ICONS[colour];
  return <Icon aria-hidden size={size} className="colour-icon" />;
}

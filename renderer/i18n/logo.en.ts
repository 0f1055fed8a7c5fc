import type { logoSv } from './logo.sv.ts';

/** English texts of the organisation's logo; spread into en.ts. */
export const logoEn: Record<keyof typeof logoSv, string> = {
  'logo.title': 'The organisation’s logo',
  'logo.body':
    'The logo is shown on the final report’s cover and at the top of the handout. Use a PNG or JPEG picture of at most 1 MB. It is kept with the analysis and goes with it when the analysis is saved as a file.',
  'logo.none': 'The analysis has no logo.',
  'logo.choose': 'Choose logo…',
  'logo.replace': 'Replace logo…',
  'logo.remove': 'Remove the logo',
  'logo.alt': 'The logo used in the report',
  'logo.size': '{width} × {height} pixels, {type}',
  'logo.reading': 'Reading the picture…',
  'logo.error.svg': '“{name}” is an SVG picture. SVG pictures can contain code, so they are not accepted. Save the logo as PNG or JPEG and choose it again.',
  'logo.error.type': '“{name}” is a {found} picture. The logo must be a PNG or JPEG picture.',
  'logo.error.unknown': '“{name}” is not a PNG or JPEG picture. The logo must be one.',
  'logo.error.tooLarge': '“{name}” is {size}. The logo may be at most {limit}. Make the picture smaller and choose it again.',
  'logo.error.damaged': '“{name}” looks like a {type} picture but cannot be read. Save the picture again and choose it once more.',
  'logo.error.empty': '“{name}” is empty.',
  'logo.error.read': '“{name}” could not be read.',
  'logo.history.set': 'add the logo',
  'logo.history.replace': 'replace the logo',
  'logo.history.remove': 'remove the logo',
};

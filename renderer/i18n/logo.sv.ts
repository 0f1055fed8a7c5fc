/** Swedish texts of the organisation's logo; spread into sv.ts. */
export const logoSv = {
  'logo.title': 'Organisationens logotyp',
  'logo.body':
    'Logotypen visas på slutrapportens försättsblad och överst på informationsbladet. Använd en PNG- eller JPEG-bild på högst 1 MB. Den sparas med analysen och följer med när analysen sparas som fil.',
  'logo.none': 'Analysen har ingen logotyp.',
  'logo.choose': 'Välj logotyp…',
  'logo.replace': 'Byt logotyp…',
  'logo.remove': 'Ta bort logotypen',
  'logo.alt': 'Logotypen som används i rapporten',
  'logo.size': '{width} × {height} bildpunkter, {type}',
  'logo.reading': 'Läser bilden…',
  'logo.error.svg': '”{name}” är en SVG-bild. SVG-bilder kan innehålla kod och tas därför inte emot. Spara logotypen som PNG eller JPEG och välj den igen.',
  'logo.error.type': '”{name}” är en {found}-bild. Logotypen måste vara en PNG- eller JPEG-bild.',
  'logo.error.unknown': '”{name}” är inte en PNG- eller JPEG-bild. Logotypen måste vara en sådan bild.',
  'logo.error.tooLarge': '”{name}” är {size}. Logotypen får vara högst {limit}. Gör bilden mindre och välj den igen.',
  'logo.error.damaged': '”{name}” ser ut som en {type}-bild men går inte att läsa. Spara om bilden och välj den igen.',
  'logo.error.empty': '”{name}” är tom.',
  'logo.error.read': '”{name}” gick inte att läsa.',
  'logo.history.set': 'lägga till logotypen',
  'logo.history.replace': 'byta logotypen',
  'logo.history.remove': 'ta bort logotypen',
} as const;

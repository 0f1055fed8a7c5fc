import type { LibraryList } from '../libraryTypes.ts';

const LARARE = 'Lärare';
const FRITIDS = 'Lärare i fritidshem';
const ASSISTENT = 'Elevassistent';
const REKTOR = 'Rektor';

export const skola: LibraryList = {
  id: 'fritidshem-skola',
  name: { sv: 'Fritidshem och skola', en: 'School and after-school centre' },
  description: {
    sv: 'Undervisning, fritidshem, elevhälsa och service runt eleverna i grundskolan.',
    en: 'Teaching, the after-school centre, pupil welfare and services around the pupils in a compulsory school.',
  },
  roles: [
    { sv: LARARE, en: 'Teacher' },
    { sv: FRITIDS, en: 'After-school teacher' },
    { sv: ASSISTENT, en: 'Teaching assistant' },
    { sv: REKTOR, en: 'Head teacher' },
  ],
  groups: [
    {
      id: 'undervisning',
      name: { sv: 'Undervisning', en: 'Teaching' },
      tasks: [
        { sv: 'Planera lektioner', en: 'Plan lessons', roles: [LARARE] },
        { sv: 'Hålla lektioner', en: 'Teach lessons', roles: [LARARE, FRITIDS] },
        { sv: 'Rätta prov och uppgifter', en: 'Mark tests and assignments', roles: [LARARE] },
        { sv: 'Bedöma och sätta betyg', en: 'Assess and grade pupils', roles: [LARARE] },
        { sv: 'Dokumentera elevernas utveckling i lärplattformen', en: 'Record pupils’ progress in the learning platform', roles: [LARARE] },
        { sv: 'Anpassa undervisningen för elever som behöver stöd', en: 'Adapt teaching for pupils who need support', roles: [LARARE] },
        { sv: 'Skriva åtgärdsprogram', en: 'Write individual support plans', roles: [LARARE] },
        { sv: 'Stötta elever under lektionerna', en: 'Support pupils during lessons', roles: [ASSISTENT, FRITIDS] },
        { sv: 'Täcka upp för frånvarande kollegor', en: 'Cover for absent colleagues', roles: [LARARE, FRITIDS, ASSISTENT] },
        { sv: 'Kopiera och förbereda lektionsmaterial', en: 'Copy and prepare lesson materials', roles: [LARARE, ASSISTENT] },
      ],
    },
    {
      id: 'fritidshem',
      name: { sv: 'Fritidshem', en: 'After-school centre' },
      tasks: [
        { sv: 'Planera fritidsverksamheten', en: 'Plan the after-school activities', roles: [FRITIDS] },
        { sv: 'Leda aktiviteter på fritids', en: 'Lead activities at the after-school centre', roles: [FRITIDS, ASSISTENT] },
        { sv: 'Öppna fritids på morgonen', en: 'Open the after-school centre in the morning', roles: [FRITIDS] },
        { sv: 'Stänga fritids och lämna över till vårdnadshavare', en: 'Close up and hand pupils over to parents', roles: [FRITIDS] },
        { sv: 'Pricka av närvaro på fritids', en: 'Take attendance at the after-school centre', roles: [FRITIDS, ASSISTENT] },
        { sv: 'Göra i ordning mellanmål på fritids', en: 'Prepare the afternoon snack at the after-school centre', roles: [FRITIDS, ASSISTENT] },
        { sv: 'Diska efter mellanmålet', en: 'Wash up after the snack', roles: [FRITIDS, ASSISTENT] },
      ],
    },
    {
      id: 'elevhalsa',
      name: { sv: 'Elevhälsa och trygghet', en: 'Pupil welfare and safety' },
      tasks: [
        { sv: 'Vara rastvakt', en: 'Supervise break times', roles: [LARARE, FRITIDS, ASSISTENT] },
        { sv: 'Äta med eleverna (pedagogisk lunch)', en: 'Eat lunch with the pupils', roles: [LARARE, FRITIDS, ASSISTENT] },
        { sv: 'Ha mentorssamtal med elever', en: 'Hold mentoring talks with pupils', roles: [LARARE] },
        { sv: 'Ha utvecklingssamtal', en: 'Hold development talks with pupils and parents', roles: [LARARE] },
        { sv: 'Ha kontakt med vårdnadshavare', en: 'Keep in touch with parents', roles: [LARARE, FRITIDS] },
        { sv: 'Lösa konflikter mellan elever', en: 'Sort out conflicts between pupils', roles: [LARARE, FRITIDS, ASSISTENT] },
        { sv: 'Utreda och dokumentera kränkningar', en: 'Investigate and record bullying', roles: [LARARE, REKTOR] },
        { sv: 'Följa upp elevernas frånvaro', en: 'Follow up pupils’ absence', roles: [LARARE] },
        { sv: 'Delta i elevhälsomöten', en: 'Take part in pupil welfare meetings', roles: [LARARE, REKTOR] },
      ],
    },
    {
      id: 'administration',
      name: { sv: 'Administration', en: 'Administration' },
      tasks: [
        { sv: 'Registrera frånvaro i skolans system', en: 'Record absence in the school’s system', roles: [LARARE] },
        { sv: 'Svara på mejl och meddelanden', en: 'Answer e-mails and messages', roles: [LARARE, FRITIDS] },
        { sv: 'Skriva veckobrev till vårdnadshavare', en: 'Write weekly letters to parents', roles: [LARARE, FRITIDS] },
        { sv: 'Ringa in vikarier', en: 'Call in substitutes', roles: [REKTOR] },
        { sv: 'Lägga schema för raster och fritids', en: 'Draw up rotas for breaks and the after-school centre', roles: [FRITIDS, REKTOR] },
        { sv: 'Beställa läromedel och material', en: 'Order teaching materials and supplies', roles: [LARARE] },
        { sv: 'Hantera elevernas datorer och lösenord', en: 'Look after pupils’ laptops and passwords', roles: [LARARE, ASSISTENT] },
        { sv: 'Rapportera tillbud och olyckor', en: 'Report incidents and accidents', roles: [LARARE, FRITIDS] },
        { sv: 'Delta på arbetsplatsträffar och konferenser', en: 'Attend staff meetings and conferences', roles: [LARARE, FRITIDS, ASSISTENT] },
      ],
    },
    {
      id: 'service',
      name: { sv: 'Service och lokaler', en: 'Services and premises' },
      tasks: [
        { sv: 'Plocka undan och hålla ordning i klassrummet', en: 'Tidy up and keep the classroom in order', roles: [LARARE, ASSISTENT] },
        { sv: 'Fylla på papper, pennor och material', en: 'Restock paper, pens and materials', roles: [LARARE, ASSISTENT] },
        { sv: 'Ta emot och packa upp leveranser', en: 'Receive and unpack deliveries', roles: [FRITIDS, ASSISTENT] },
        { sv: 'Tvätta handdukar och trasor', en: 'Wash towels and cloths', roles: [FRITIDS, ASSISTENT] },
        { sv: 'Sortera hittegods', en: 'Sort lost property', roles: [FRITIDS, ASSISTENT] },
        { sv: 'Flytta möbler inför aktiviteter', en: 'Move furniture for events', roles: [FRITIDS, ASSISTENT] },
        { sv: 'Felanmäla till fastighetsägaren', en: 'Report faults to the property owner', roles: [LARARE, FRITIDS] },
      ],
    },
  ],
};

import type { LibraryList } from '../libraryTypes.ts';

const USK = 'Undersköterska';
const VB = 'Vårdbiträde';
const SAMORDNARE = 'Samordnare';
const CHEF = 'Enhetschef';

export const hemtjanst: LibraryList = {
  id: 'hemtjanst',
  name: { sv: 'Hemtjänst', en: 'Home care' },
  description: {
    sv: 'Omvårdnad, delegerade insatser, service i hemmet och planeringen runt besöken.',
    en: 'Personal care, delegated health care, help in the home and the planning around the visits.',
  },
  roles: [
    { sv: USK, en: 'Assistant nurse' },
    { sv: VB, en: 'Care assistant' },
    { sv: SAMORDNARE, en: 'Scheduler' },
    { sv: CHEF, en: 'Unit manager' },
  ],
  groups: [
    {
      id: 'omvardnad',
      name: { sv: 'Omvårdnad', en: 'Personal care' },
      tasks: [
        { sv: 'Hjälpa till med personlig hygien', en: 'Help with personal hygiene', roles: [USK, VB] },
        { sv: 'Hjälpa till med dusch', en: 'Help with showering', roles: [USK, VB] },
        { sv: 'Hjälpa till med av- och påklädning', en: 'Help with dressing and undressing', roles: [USK, VB] },
        { sv: 'Hjälpa till vid toalettbesök och byta inkontinensskydd', en: 'Help with toilet visits and change incontinence pads', roles: [USK, VB] },
        { sv: 'Göra förflyttningar med lift eller andra hjälpmedel', en: 'Transfer clients with a hoist or other aids', roles: [USK, VB] },
        { sv: 'Ge stöd vid måltider', en: 'Help at mealtimes', roles: [USK, VB] },
        { sv: 'Göra tillsynsbesök', en: 'Make check-in visits', roles: [USK, VB] },
        { sv: 'Åka på trygghetslarm', en: 'Respond to safety alarms', roles: [USK, VB] },
        { sv: 'Umgås och gå på promenad med brukare', en: 'Spend time and go for walks with clients', roles: [USK, VB] },
        { sv: 'Följa med brukare till vårdbesök', en: 'Accompany clients to medical appointments', roles: [USK, VB] },
        { sv: 'Ge omvårdnad i livets slut', en: 'Give end-of-life care', roles: [USK] },
      ],
    },
    {
      id: 'halsa-sjukvard',
      name: { sv: 'Hälso- och sjukvård', en: 'Health care' },
      tasks: [
        { sv: 'Ge läkemedel enligt delegering', en: 'Give medication under delegation', roles: [USK] },
        { sv: 'Sätta på stödstrumpor', en: 'Put on compression stockings', roles: [USK, VB] },
        { sv: 'Lägga om enklare sår enligt delegering', en: 'Dress simple wounds under delegation', roles: [USK] },
        { sv: 'Rapportera förändringar i hälsan till sjuksköterskan', en: 'Report changes in health to the nurse', roles: [USK, VB] },
        { sv: 'Hämta läkemedel på apoteket', en: 'Collect medicines from the pharmacy', roles: [USK, VB] },
      ],
    },
    {
      id: 'dokumentation',
      name: { sv: 'Dokumentation och planering', en: 'Records and planning' },
      tasks: [
        { sv: 'Skriva och följa upp genomförandeplaner', en: 'Write and follow up care plans', roles: [USK] },
        { sv: 'Föra social dokumentation', en: 'Keep social care records', roles: [USK, VB] },
        { sv: 'Skriva avvikelser', en: 'Write incident reports', roles: [USK, VB] },
        { sv: 'Registrera besöken i mobilen', en: 'Log visits on the work phone', roles: [USK, VB] },
        { sv: 'Ha kontakt med anhöriga', en: 'Keep in touch with relatives', roles: [USK, SAMORDNARE] },
        { sv: 'Planera besök och körlistor', en: 'Plan visits and route lists', roles: [SAMORDNARE] },
        { sv: 'Lägga schema', en: 'Draw up staff rotas', roles: [SAMORDNARE, CHEF] },
        { sv: 'Ringa in vikarier', en: 'Call in substitutes', roles: [SAMORDNARE] },
        { sv: 'Svara i telefon och ta emot meddelanden', en: 'Answer the phone and take messages', roles: [SAMORDNARE, USK] },
        { sv: 'Introducera nyanställda och vikarier', en: 'Introduce new staff and substitutes', roles: [USK] },
        { sv: 'Ha rapport vid passbyte', en: 'Hand over at shift change', roles: [USK, VB] },
        { sv: 'Kopiera och arkivera pappersdokument', en: 'Copy and file paper documents', roles: [SAMORDNARE, USK] },
        { sv: 'Delta på arbetsplatsträff (APT)', en: 'Attend staff meetings', roles: [USK, VB, SAMORDNARE] },
      ],
    },
    {
      id: 'service',
      name: { sv: 'Service i hemmet', en: 'Help in the home' },
      tasks: [
        { sv: 'Städa hos brukare', en: 'Clean clients’ homes', roles: [VB, USK] },
        { sv: 'Tvätta brukarens kläder', en: 'Do clients’ laundry', roles: [VB, USK] },
        { sv: 'Bädda och byta sängkläder', en: 'Make beds and change bedding', roles: [VB, USK] },
        { sv: 'Handla mat och göra ärenden åt brukare', en: 'Shop for food and run errands for clients', roles: [VB, USK] },
        { sv: 'Redovisa kvitton för brukarens inköp', en: 'Account for receipts from clients’ shopping', roles: [VB, USK] },
        { sv: 'Laga eller värma mat', en: 'Cook or heat up meals', roles: [VB, USK] },
        { sv: 'Diska och plocka i ordning i köket', en: 'Wash up and tidy the kitchen', roles: [VB, USK] },
        { sv: 'Ta ut soporna', en: 'Take out the rubbish', roles: [VB, USK] },
        { sv: 'Köra ut matlådor', en: 'Deliver ready meals', roles: [VB] },
      ],
    },
    {
      id: 'transporter',
      name: { sv: 'Transporter och material', en: 'Transport and supplies' },
      tasks: [
        { sv: 'Köra bil mellan brukare', en: 'Drive between clients', roles: [USK, VB] },
        { sv: 'Tanka och tvätta bilarna', en: 'Refuel and wash the cars', roles: [USK, VB] },
        { sv: 'Kvittera ut och lämna tillbaka nycklar', en: 'Sign out and return keys', roles: [USK, VB] },
        { sv: 'Hämta och lämna hjälpmedel', en: 'Collect and deliver aids', roles: [USK, VB] },
        { sv: 'Beställa och packa upp förbrukningsartiklar', en: 'Order and unpack supplies', roles: [USK, SAMORDNARE] },
      ],
    },
  ],
};

import type { LibraryList } from '../libraryTypes.ts';

const SA = 'Stödassistent';
const BOS = 'Boendestödjare';
const SP = 'Stödpedagog';
const CHEF = 'Enhetschef';

export const lssBoende: LibraryList = {
  id: 'lss-boende',
  name: { sv: 'LSS-boende (gruppbostad, servicebostad)', en: 'Supported housing under LSS (group home, service flats)' },
  description: {
    sv: 'Stöd i vardagen för boende med funktionsnedsättning, och arbetet runt omkring.',
    en: 'Everyday support for residents with disabilities, and the work around it.',
  },
  roles: [
    { sv: SA, en: 'Support assistant' },
    { sv: BOS, en: 'Housing support worker' },
    { sv: SP, en: 'Support educator' },
    { sv: CHEF, en: 'Unit manager' },
  ],
  groups: [
    {
      id: 'stod',
      name: { sv: 'Stöd i vardagen', en: 'Everyday support' },
      tasks: [
        { sv: 'Ge stöd på morgonen och vid personlig hygien', en: 'Support residents in the morning and with personal hygiene', roles: [SA, BOS] },
        { sv: 'Gå igenom dagens schema med bildstöd', en: 'Go through the day’s schedule using pictures', roles: [SA, BOS] },
        { sv: 'Laga mat tillsammans med de boende', en: 'Cook together with residents', roles: [SA, BOS] },
        { sv: 'Ge stöd vid måltider', en: 'Support residents at mealtimes', roles: [SA, BOS] },
        { sv: 'Handla tillsammans med de boende', en: 'Go shopping with residents', roles: [SA, BOS] },
        { sv: 'Ge stöd med städning och tvätt', en: 'Support residents with cleaning and laundry', roles: [SA, BOS] },
        { sv: 'Följa med på fritidsaktiviteter', en: 'Go with residents to leisure activities', roles: [SA, BOS] },
        { sv: 'Följa med till läkare och tandläkare', en: 'Go with residents to the doctor and dentist', roles: [SA, BOS] },
        { sv: 'Förebygga och hantera oro och utmanande situationer', en: 'Prevent and handle anxiety and challenging situations', roles: [SA, BOS, SP] },
        { sv: 'Ha tillsyn under natten', en: 'Check on residents during the night', roles: [SA, BOS] },
      ],
    },
    {
      id: 'pedagogik',
      name: { sv: 'Pedagogik och planering', en: 'Support planning' },
      tasks: [
        { sv: 'Skriva och följa upp genomförandeplaner', en: 'Write and follow up support plans', roles: [SP, SA, BOS] },
        { sv: 'Ta fram bildstöd och scheman', en: 'Make picture supports and schedules', roles: [SP, SA] },
        { sv: 'Föra social dokumentation', en: 'Keep social care records', roles: [SA, BOS] },
        { sv: 'Vara kontaktperson för en boende', en: 'Be a resident’s named contact', roles: [SA, BOS] },
        { sv: 'Ha kontakt med anhöriga och gode män', en: 'Keep in touch with relatives and trustees', roles: [SA, BOS, SP] },
        { sv: 'Handleda kollegor i arbetssätt och metoder', en: 'Coach colleagues in ways of working and methods', roles: [SP] },
        { sv: 'Ha ärendegenomgång i arbetsgruppen', en: 'Go through residents’ needs together in the team', roles: [SA, BOS, SP] },
      ],
    },
    {
      id: 'halsa-sjukvard',
      name: { sv: 'Hälso- och sjukvård', en: 'Health care' },
      tasks: [
        { sv: 'Ge läkemedel enligt delegering', en: 'Give medication under delegation', roles: [SA, BOS] },
        { sv: 'Hämta läkemedel på apoteket', en: 'Collect medicines from the pharmacy', roles: [SA, BOS] },
        { sv: 'Rapportera förändringar i hälsan till sjuksköterskan', en: 'Report changes in health to the nurse', roles: [SA, BOS] },
        { sv: 'Boka tider hos läkare och tandläkare', en: 'Book appointments with doctors and dentists', roles: [SA, BOS] },
      ],
    },
    {
      id: 'administration',
      name: { sv: 'Ekonomi och administration', en: 'Money and administration' },
      tasks: [
        { sv: 'Föra kassabok för de boendes pengar', en: 'Keep cash books for residents’ money', roles: [SA, BOS] },
        { sv: 'Skriva avvikelser', en: 'Write incident reports', roles: [SA, BOS, SP] },
        { sv: 'Ha rapport vid passbyte', en: 'Hand over at shift change', roles: [SA, BOS] },
        { sv: 'Lägga schema', en: 'Draw up staff rotas', roles: [CHEF, SA] },
        { sv: 'Ringa in vikarier', en: 'Call in substitutes', roles: [CHEF, SA, BOS] },
        { sv: 'Introducera nyanställda och vikarier', en: 'Introduce new staff and substitutes', roles: [SA, BOS, SP] },
        { sv: 'Beställa förbrukningsmaterial', en: 'Order supplies', roles: [SA, BOS] },
        { sv: 'Svara i telefon och ta emot meddelanden', en: 'Answer the phone and take messages', roles: [SA, BOS] },
        { sv: 'Delta på arbetsplatsträff (APT)', en: 'Attend staff meetings', roles: [SA, BOS, SP] },
      ],
    },
    {
      id: 'hushall',
      name: { sv: 'Hushåll och gemensamma utrymmen', en: 'Housekeeping and shared areas' },
      tasks: [
        { sv: 'Laga mat till gemensamma måltider', en: 'Cook for shared meals', roles: [SA, BOS] },
        { sv: 'Diska och hålla ordning i gemensamhetsköket', en: 'Wash up and keep the shared kitchen tidy', roles: [SA, BOS] },
        { sv: 'Handla till gemensamhetsköket', en: 'Shop for the shared kitchen', roles: [SA, BOS] },
        { sv: 'Städa gemensamma utrymmen', en: 'Clean the shared areas', roles: [SA, BOS] },
        { sv: 'Tvätta gemensam tvätt', en: 'Wash the shared laundry', roles: [SA, BOS] },
        { sv: 'Ta hand om sopor och källsortera', en: 'Take out the rubbish and sort it for recycling', roles: [SA, BOS] },
        { sv: 'Sköta trädgård och uteplats', en: 'Look after the garden and patio', roles: [SA, BOS] },
        { sv: 'Felanmäla till hyresvärden', en: 'Report faults to the landlord', roles: [SA, BOS] },
      ],
    },
    {
      id: 'transporter',
      name: { sv: 'Transporter', en: 'Transport' },
      tasks: [
        { sv: 'Skjutsa de boende i verksamhetens bil', en: 'Drive residents in the unit’s car', roles: [SA, BOS] },
        { sv: 'Tanka och tvätta bilen', en: 'Refuel and wash the car', roles: [SA, BOS] },
      ],
    },
  ],
};

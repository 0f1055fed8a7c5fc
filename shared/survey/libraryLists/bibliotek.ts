import type { LibraryList } from '../libraryTypes.ts';

const BIBL = 'Bibliotekarie';
const ASS = 'Biblioteksassistent';
const CHEF = 'Bibliotekschef';

export const bibliotek: LibraryList = {
  id: 'bibliotek',
  name: { sv: 'Bibliotek', en: 'Library' },
  description: {
    sv: 'Ett folkbibliotek: service till besökare, läsfrämjande, medier och lokaler.',
    en: 'A public library: helping visitors, reading promotion, the collection and the premises.',
  },
  roles: [
    { sv: BIBL, en: 'Librarian' },
    { sv: ASS, en: 'Library assistant' },
    { sv: CHEF, en: 'Head librarian' },
  ],
  groups: [
    {
      id: 'besokare',
      name: { sv: 'Möta besökare', en: 'Helping visitors' },
      tasks: [
        { sv: 'Svara på frågor och hjälpa besökare att hitta', en: 'Answer questions and help visitors find things', roles: [BIBL, ASS] },
        { sv: 'Låna ut och ta emot böcker i disken', en: 'Lend and take back books at the desk', roles: [ASS, BIBL] },
        { sv: 'Skriva ut lånekort', en: 'Issue library cards', roles: [ASS, BIBL] },
        { sv: 'Hjälpa besökare med datorer, utskrifter och kopiering', en: 'Help visitors with computers, printing and copying', roles: [ASS, BIBL] },
        { sv: 'Hjälpa besökare med e-tjänster och appar', en: 'Help visitors with e-services and apps', roles: [BIBL, ASS] },
        { sv: 'Ta betalt för förlorade och skadade böcker', en: 'Charge for lost and damaged books', roles: [ASS] },
        { sv: 'Svara i telefon och på mejl', en: 'Answer the phone and e-mails', roles: [ASS, BIBL] },
        { sv: 'Ha uppsikt och hålla ordning i lokalen', en: 'Keep an eye on the library and keep order', roles: [ASS, BIBL] },
      ],
    },
    {
      id: 'lasframjande',
      name: { sv: 'Läsfrämjande och program', en: 'Reading promotion and events' },
      tasks: [
        { sv: 'Ha bokprat', en: 'Give book talks', roles: [BIBL] },
        { sv: 'Ha sagostund', en: 'Hold story time', roles: [BIBL] },
        { sv: 'Ta emot skolklasser och förskolegrupper', en: 'Host school classes and preschool groups', roles: [BIBL] },
        { sv: 'Planera och genomföra evenemang', en: 'Plan and run events', roles: [BIBL, CHEF] },
        { sv: 'Leda språkcafé och läsecirklar', en: 'Run language cafés and reading groups', roles: [BIBL, ASS] },
        { sv: 'Skylta och göra utställningar', en: 'Set up displays and exhibitions', roles: [BIBL, ASS] },
        { sv: 'Marknadsföra biblioteket i sociala medier', en: 'Promote the library on social media', roles: [BIBL] },
      ],
    },
    {
      id: 'medier',
      name: { sv: 'Medier', en: 'The collection' },
      tasks: [
        { sv: 'Köpa in medier', en: 'Select and buy new items', roles: [BIBL] },
        { sv: 'Gallra i beståndet', en: 'Weed the collection', roles: [BIBL] },
        { sv: 'Katalogisera', en: 'Catalogue new items', roles: [BIBL] },
        { sv: 'Plasta och märka böcker', en: 'Cover and label books', roles: [ASS] },
        { sv: 'Laga trasiga böcker', en: 'Mend damaged books', roles: [ASS] },
        { sv: 'Sortera återlämnade böcker', en: 'Sort returned books', roles: [ASS] },
        { sv: 'Ställa upp böcker på hyllorna', en: 'Shelve books', roles: [ASS, BIBL] },
        { sv: 'Plocka fram reserverade böcker', en: 'Pick reserved books from the shelves', roles: [ASS] },
        { sv: 'Följa upp försenade lån', en: 'Follow up overdue loans', roles: [ASS] },
        { sv: 'Skicka och ta emot fjärrlån', en: 'Send and receive interlibrary loans', roles: [BIBL, ASS] },
        { sv: 'Packa böcker för transport mellan biblioteken', en: 'Pack books for transport between libraries', roles: [ASS] },
        { sv: 'Köra ut böcker till låntagare hemma (Boken kommer)', en: 'Deliver books to housebound borrowers', roles: [ASS, BIBL] },
      ],
    },
    {
      id: 'administration',
      name: { sv: 'Administration och lokaler', en: 'Administration and premises' },
      tasks: [
        { sv: 'Öppna och stänga biblioteket', en: 'Open and close the library', roles: [ASS, BIBL] },
        { sv: 'Tömma bokinkastet', en: 'Empty the book return', roles: [ASS] },
        { sv: 'Ta emot och lägga fram tidningar', en: 'Receive and put out newspapers and magazines', roles: [ASS] },
        { sv: 'Fylla på papper i skrivare och kopiatorer', en: 'Refill paper in printers and copiers', roles: [ASS] },
        { sv: 'Felanmäla trasiga datorer och automater', en: 'Report broken computers and machines', roles: [ASS, BIBL] },
        { sv: 'Ta emot och packa upp leveranser', en: 'Receive and unpack deliveries', roles: [ASS] },
        { sv: 'Beställa förbrukningsmaterial', en: 'Order supplies', roles: [ASS] },
        { sv: 'Lägga schema för disken', en: 'Draw up desk rotas', roles: [CHEF, BIBL] },
        { sv: 'Föra statistik', en: 'Keep statistics', roles: [ASS, BIBL] },
        { sv: 'Delta på arbetsplatsträff (APT)', en: 'Attend staff meetings', roles: [BIBL, ASS] },
      ],
    },
  ],
};

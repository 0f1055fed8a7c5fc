import type { LibraryList } from '../libraryTypes.ts';

const FL = 'Förskollärare';
const BS = 'Barnskötare';
const REKTOR = 'Rektor';

export const forskola: LibraryList = {
  id: 'forskola',
  name: { sv: 'Förskola', en: 'Preschool' },
  description: {
    sv: 'Undervisning, omsorg och allt runt omkring på en förskoleavdelning.',
    en: 'Teaching, care and everything around it in a preschool group.',
  },
  roles: [
    { sv: FL, en: 'Preschool teacher' },
    { sv: BS, en: 'Childcare worker' },
    { sv: REKTOR, en: 'Head of preschool' },
  ],
  groups: [
    {
      id: 'undervisning',
      name: { sv: 'Undervisning', en: 'Teaching' },
      tasks: [
        { sv: 'Planera undervisningen', en: 'Plan teaching', roles: [FL] },
        { sv: 'Leda undervisning och aktiviteter', en: 'Lead teaching and activities', roles: [FL, BS] },
        { sv: 'Förbereda material till aktiviteter', en: 'Prepare materials for activities', roles: [FL, BS] },
        { sv: 'Dokumentera och följa upp barnens lärande', en: 'Document and follow up the children’s learning', roles: [FL, BS] },
        { sv: 'Ge stöd till barn i behov av särskilt stöd', en: 'Support children who need special support', roles: [FL, BS] },
        { sv: 'Planera och reflektera i arbetslaget', en: 'Plan and reflect together in the team', roles: [FL, BS] },
        { sv: 'Följa upp och utvärdera verksamheten', en: 'Follow up and evaluate the preschool’s work', roles: [FL, REKTOR] },
        { sv: 'Ha tillsyn vid utevistelse', en: 'Supervise outdoor play', roles: [FL, BS] },
      ],
    },
    {
      id: 'omsorg',
      name: { sv: 'Omsorg', en: 'Care' },
      tasks: [
        { sv: 'Ta emot barn och lämna över vid hämtning', en: 'Receive children and hand them over at pick-up', roles: [FL, BS] },
        { sv: 'Skola in nya barn', en: 'Settle in new children', roles: [FL, BS] },
        { sv: 'Byta blöjor och hjälpa till vid toalettbesök', en: 'Change nappies and help with toilet visits', roles: [FL, BS] },
        { sv: 'Hjälpa barnen med av- och påklädning', en: 'Help the children dress and undress', roles: [FL, BS] },
        { sv: 'Ha vila med barnen', en: 'Settle the children for their rest', roles: [FL, BS] },
        { sv: 'Äta med barnen (pedagogisk måltid)', en: 'Eat with the children (shared mealtime)', roles: [FL, BS] },
        { sv: 'Ta hand om barn som blir sjuka eller skadar sig', en: 'Look after children who fall ill or get hurt', roles: [FL, BS] },
      ],
    },
    {
      id: 'vardnadshavare',
      name: { sv: 'Kontakt med vårdnadshavare', en: 'Contact with parents' },
      tasks: [
        { sv: 'Ha utvecklingssamtal', en: 'Hold development talks with parents', roles: [FL] },
        { sv: 'Skriva veckobrev till vårdnadshavare', en: 'Write weekly letters to parents', roles: [FL] },
        { sv: 'Svara på meddelanden i vårdnadshavarappen', en: 'Answer messages in the parents’ app', roles: [FL, BS] },
      ],
    },
    {
      id: 'administration',
      name: { sv: 'Administration', en: 'Administration' },
      tasks: [
        { sv: 'Föra närvarolista', en: 'Keep the attendance register', roles: [FL, BS] },
        { sv: 'Svara i telefon och ta emot frånvaroanmälningar', en: 'Answer the phone and take absence reports', roles: [FL, BS] },
        { sv: 'Lägga schema', en: 'Draw up staff rotas', roles: [REKTOR, FL] },
        { sv: 'Ringa in vikarier', en: 'Call in substitutes', roles: [REKTOR, FL, BS] },
        { sv: 'Rapportera tillbud och olyckor', en: 'Report incidents and accidents', roles: [FL, BS] },
        { sv: 'Beställa förbrukningsmaterial', en: 'Order supplies', roles: [FL, BS] },
        { sv: 'Handla till avdelningen och redovisa kvitton', en: 'Shop for the group and account for receipts', roles: [FL, BS] },
        { sv: 'Skriva ut, kopiera och laminera', en: 'Print, copy and laminate', roles: [FL, BS] },
        { sv: 'Delta på arbetsplatsträff (APT)', en: 'Attend staff meetings', roles: [FL, BS] },
      ],
    },
    {
      id: 'maltider',
      name: { sv: 'Måltider', en: 'Meals' },
      tasks: [
        { sv: 'Hämta mat i köket och lämna tillbaka vagnen', en: 'Fetch food from the kitchen and return the trolley', roles: [BS, FL] },
        { sv: 'Duka fram och av vid måltider', en: 'Lay and clear the tables at meals', roles: [BS, FL] },
        { sv: 'Göra i ordning mellanmål', en: 'Prepare the afternoon snack', roles: [BS, FL] },
        { sv: 'Diska och ställa in i diskmaskinen', en: 'Wash up and load the dishwasher', roles: [BS, FL] },
      ],
    },
    {
      id: 'stad-tvatt',
      name: { sv: 'Städ och tvätt', en: 'Cleaning and laundry' },
      tasks: [
        { sv: 'Städa och plocka undan på avdelningen', en: 'Tidy and clean the group’s rooms', roles: [BS, FL] },
        { sv: 'Rengöra leksaker', en: 'Clean toys', roles: [BS, FL] },
        { sv: 'Tvätta och vika tvätt', en: 'Wash and fold laundry', roles: [BS, FL] },
        { sv: 'Hålla ordning i hallen och barnens fack', en: 'Keep the cloakroom and the children’s cubbies tidy', roles: [BS, FL] },
        { sv: 'Sortera kvarglömda kläder', en: 'Sort lost property', roles: [BS, FL] },
        { sv: 'Ta hand om sopor och källsortera', en: 'Take out the rubbish and sort it for recycling', roles: [BS, FL] },
      ],
    },
    {
      id: 'service',
      name: { sv: 'Service och underhåll', en: 'Services and upkeep' },
      tasks: [
        { sv: 'Fylla på blöjor, papper och handskar', en: 'Restock nappies, paper and gloves', roles: [BS, FL] },
        { sv: 'Ta emot och packa upp leveranser', en: 'Receive and unpack deliveries', roles: [BS, FL] },
        { sv: 'Packa och förbereda inför utflykter', en: 'Pack and prepare for outings', roles: [BS, FL] },
        { sv: 'Laga trasiga leksaker och möbler', en: 'Mend broken toys and furniture', roles: [BS, FL] },
        { sv: 'Felanmäla till fastighetsägaren', en: 'Report faults to the property owner', roles: [FL, BS] },
      ],
    },
  ],
};

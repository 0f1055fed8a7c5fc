import type { LibraryList } from '../libraryTypes.ts';

const KOCK = 'Kock';
const MB = 'Måltidsbiträde';
const ANSVARIG = 'Köksansvarig';

export const kok: LibraryList = {
  id: 'kok',
  name: { sv: 'Kök och måltider', en: 'Kitchen and meals' },
  description: {
    sv: 'Ett tillagnings- eller mottagningskök: inköp, matlagning, servering, disk och egenkontroll.',
    en: 'A production or satellite kitchen: purchasing, cooking, serving, washing up and food safety checks.',
  },
  roles: [
    { sv: KOCK, en: 'Cook' },
    { sv: MB, en: 'Kitchen assistant' },
    { sv: ANSVARIG, en: 'Kitchen manager' },
  ],
  groups: [
    {
      id: 'planering',
      name: { sv: 'Planering och inköp', en: 'Planning and purchasing' },
      tasks: [
        { sv: 'Planera matsedeln', en: 'Plan the menu', roles: [ANSVARIG, KOCK] },
        { sv: 'Ta emot beställningar och räkna portioner', en: 'Take orders and count portions', roles: [KOCK, ANSVARIG] },
        { sv: 'Beställa livsmedel', en: 'Order food', roles: [KOCK, ANSVARIG] },
        { sv: 'Ta emot och kontrollera leveranser', en: 'Receive and check deliveries', roles: [MB, KOCK] },
        { sv: 'Packa upp och ställa in varor', en: 'Unpack and put away goods', roles: [MB, KOCK] },
        { sv: 'Inventera förrådet', en: 'Take stock of the store room', roles: [KOCK, ANSVARIG] },
        { sv: 'Väga och följa upp matsvinn', en: 'Weigh and follow up food waste', roles: [MB, KOCK] },
      ],
    },
    {
      id: 'tillagning',
      name: { sv: 'Tillagning', en: 'Cooking' },
      tasks: [
        { sv: 'Laga lunch', en: 'Cook lunch', roles: [KOCK] },
        { sv: 'Laga specialkost', en: 'Cook special diets', roles: [KOCK] },
        { sv: 'Göra frukost och mellanmål', en: 'Make breakfast and snacks', roles: [MB, KOCK] },
        { sv: 'Skära grönsaker och göra sallad', en: 'Cut vegetables and make salads', roles: [MB, KOCK] },
        { sv: 'Baka bröd', en: 'Bake bread', roles: [MB, KOCK] },
        { sv: 'Ta emot och värma levererad mat', en: 'Receive and reheat delivered food', roles: [MB, KOCK] },
        { sv: 'Portionera och packa mat till avdelningar', en: 'Portion and pack food for the wards and groups', roles: [MB, KOCK] },
        { sv: 'Packa matlådor', en: 'Pack ready meals', roles: [MB, KOCK] },
      ],
    },
    {
      id: 'servering',
      name: { sv: 'Servering', en: 'Serving' },
      tasks: [
        { sv: 'Duka fram och fylla på i matsalen', en: 'Set out and replenish food in the dining room', roles: [MB] },
        { sv: 'Servera maten', en: 'Serve food', roles: [MB, KOCK] },
        { sv: 'Duka av och torka borden i matsalen', en: 'Clear and wipe the tables in the dining room', roles: [MB] },
        { sv: 'Svara på frågor om allergier och innehåll', en: 'Answer questions about allergies and ingredients', roles: [KOCK, MB] },
        { sv: 'Ta emot synpunkter från matgäster', en: 'Take feedback from diners', roles: [KOCK, MB, ANSVARIG] },
      ],
    },
    {
      id: 'disk-stad',
      name: { sv: 'Disk, städ och tvätt', en: 'Washing up, cleaning and laundry' },
      tasks: [
        { sv: 'Diska', en: 'Wash up', roles: [MB] },
        { sv: 'Handdiska grytor och kastruller', en: 'Hand-wash pots and pans', roles: [MB, KOCK] },
        { sv: 'Sköta diskmaskinen', en: 'Look after the dishwasher', roles: [MB] },
        { sv: 'Städa köket', en: 'Clean the kitchen', roles: [MB, KOCK] },
        { sv: 'Storstäda köket', en: 'Deep-clean the kitchen', roles: [MB, KOCK] },
        { sv: 'Rengöra kylar, frysar och ugnar', en: 'Clean fridges, freezers and ovens', roles: [MB, KOCK] },
        { sv: 'Tvätta kökstextilier', en: 'Wash kitchen textiles', roles: [MB] },
        { sv: 'Ta hand om sopor och matavfall', en: 'Deal with rubbish and food waste', roles: [MB, KOCK] },
      ],
    },
    {
      id: 'egenkontroll',
      name: { sv: 'Egenkontroll och administration', en: 'Food safety and administration' },
      tasks: [
        { sv: 'Mäta och dokumentera temperaturer', en: 'Measure and record temperatures', roles: [KOCK, MB] },
        { sv: 'Märka och datummärka livsmedel', en: 'Label and date food', roles: [KOCK, MB] },
        { sv: 'Följa upp egenkontrollprogrammet', en: 'Follow up the food safety programme', roles: [ANSVARIG, KOCK] },
        { sv: 'Lägga schema', en: 'Draw up staff rotas', roles: [ANSVARIG] },
        { sv: 'Ringa in vikarier', en: 'Call in substitutes', roles: [ANSVARIG, KOCK] },
        { sv: 'Attestera fakturor', en: 'Approve invoices', roles: [ANSVARIG] },
        { sv: 'Delta på arbetsplatsträff (APT)', en: 'Attend staff meetings', roles: [KOCK, MB, ANSVARIG] },
      ],
    },
    {
      id: 'transporter',
      name: { sv: 'Transporter', en: 'Transport' },
      tasks: [
        { sv: 'Köra ut mat till förskolor och boenden', en: 'Deliver food to preschools and care homes', roles: [MB, KOCK] },
        { sv: 'Hämta tillbaka matvagnar och lådor', en: 'Collect food trolleys and boxes', roles: [MB] },
        { sv: 'Rengöra transportlådor', en: 'Clean transport boxes', roles: [MB] },
      ],
    },
  ],
};

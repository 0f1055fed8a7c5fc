import type { LibraryList } from '../libraryTypes.ts';

const USK = 'Undersköterska';
const VB = 'Vårdbiträde';
const SSK = 'Sjuksköterska';
const AT = 'Arbetsterapeut';
const FT = 'Fysioterapeut';
const CHEF = 'Enhetschef';

export const sarskiltBoende: LibraryList = {
  id: 'sarskilt-boende',
  name: { sv: 'Särskilt boende (äldreboende)', en: 'Residential care home for older people' },
  description: {
    sv: 'Omvårdnad dygnet runt, hälso- och sjukvård, måltider och service på en avdelning.',
    en: 'Round-the-clock care, health care, meals and services on a ward.',
  },
  roles: [
    { sv: USK, en: 'Assistant nurse' },
    { sv: VB, en: 'Care assistant' },
    { sv: SSK, en: 'Nurse' },
    { sv: AT, en: 'Occupational therapist' },
    { sv: FT, en: 'Physiotherapist' },
    { sv: CHEF, en: 'Unit manager' },
  ],
  groups: [
    {
      id: 'omvardnad',
      name: { sv: 'Omvårdnad', en: 'Personal care' },
      tasks: [
        { sv: 'Hjälpa de boende upp på morgonen och i säng på kvällen', en: 'Help residents get up in the morning and to bed at night', roles: [USK, VB] },
        { sv: 'Hjälpa till med personlig hygien och dusch', en: 'Help with personal hygiene and showering', roles: [USK, VB] },
        { sv: 'Hjälpa till vid toalettbesök och byta inkontinensskydd', en: 'Help with toilet visits and change incontinence pads', roles: [USK, VB] },
        { sv: 'Göra förflyttningar med lift', en: 'Move residents with a hoist', roles: [USK, VB] },
        { sv: 'Vända och lägesändra sängliggande boende', en: 'Turn and reposition bedbound residents', roles: [USK, VB] },
        { sv: 'Hjälpa de boende att äta', en: 'Help residents eat', roles: [USK, VB] },
        { sv: 'Svara på larm', en: 'Answer call alarms', roles: [USK, VB] },
        { sv: 'Göra tillsyn under natten', en: 'Check on residents during the night', roles: [USK, VB] },
        { sv: 'Ge omvårdnad i livets slut', en: 'Give end-of-life care', roles: [USK, SSK] },
      ],
    },
    {
      id: 'aktiviteter',
      name: { sv: 'Aktiviteter och samvaro', en: 'Activities and company' },
      tasks: [
        { sv: 'Ordna aktiviteter för de boende', en: 'Run activities for residents', roles: [USK, VB] },
        { sv: 'Umgås och gå på promenad med de boende', en: 'Spend time and go for walks with residents', roles: [USK, VB] },
        { sv: 'Följa med boende till tandläkare och sjukhus', en: 'Accompany residents to the dentist and hospital', roles: [USK, VB] },
      ],
    },
    {
      id: 'halsa-sjukvard',
      name: { sv: 'Hälso- och sjukvård', en: 'Health care' },
      tasks: [
        { sv: 'Dela läkemedel enligt delegering', en: 'Give out medication under delegation', roles: [USK] },
        { sv: 'Bedöma hälsotillstånd och kontakta läkare', en: 'Assess residents’ health and contact the doctor', roles: [SSK] },
        { sv: 'Lägga om sår', en: 'Dress wounds', roles: [SSK, USK] },
        { sv: 'Ta blodtryck, vikt och andra kontroller', en: 'Take blood pressure, weight and other checks', roles: [USK, SSK] },
        {
          sv: 'Göra riskbedömningar för fall, trycksår och undernäring',
          en: 'Assess the risk of falls, pressure ulcers and malnutrition',
          roles: [SSK, USK, AT, FT],
        },
        { sv: 'Träna med boende enligt träningsprogram', en: 'Exercise with residents following their training programme', roles: [USK, FT] },
        { sv: 'Ta emot och packa upp läkemedel', en: 'Receive and put away medicines', roles: [SSK, USK] },
      ],
    },
    {
      id: 'dokumentation',
      name: { sv: 'Dokumentation och administration', en: 'Records and administration' },
      tasks: [
        { sv: 'Föra social dokumentation', en: 'Keep social care records', roles: [USK, VB] },
        { sv: 'Skriva och följa upp genomförandeplaner', en: 'Write and follow up care plans', roles: [USK] },
        { sv: 'Dokumentera i patientjournalen', en: 'Keep patient records', roles: [SSK, AT, FT] },
        { sv: 'Skriva avvikelser', en: 'Write incident reports', roles: [USK, VB, SSK] },
        { sv: 'Ha rapport vid passbyte', en: 'Hand over at shift change', roles: [USK, VB, SSK] },
        { sv: 'Ha kontakt med anhöriga', en: 'Keep in touch with relatives', roles: [USK, SSK] },
        { sv: 'Lägga schema', en: 'Draw up staff rotas', roles: [CHEF, USK] },
        { sv: 'Ringa in vikarier', en: 'Call in substitutes', roles: [CHEF, USK] },
        { sv: 'Hantera de boendes fickpengar och kvitton', en: 'Handle residents’ pocket money and receipts', roles: [USK, VB] },
        { sv: 'Beställa förbrukningsmaterial', en: 'Order supplies', roles: [USK, SSK] },
        { sv: 'Delta på arbetsplatsträff (APT)', en: 'Attend staff meetings', roles: [USK, VB, SSK] },
      ],
    },
    {
      id: 'maltider',
      name: { sv: 'Måltider', en: 'Meals' },
      tasks: [
        { sv: 'Göra frukost och kvällsmål', en: 'Make breakfast and evening snacks', roles: [USK, VB] },
        { sv: 'Ta emot och portionera maten från köket', en: 'Receive and portion the food from the kitchen', roles: [USK, VB] },
        { sv: 'Duka fram och av', en: 'Lay and clear the tables', roles: [USK, VB] },
        { sv: 'Servera maten', en: 'Serve meals', roles: [USK, VB] },
        { sv: 'Diska', en: 'Wash up', roles: [USK, VB] },
      ],
    },
    {
      id: 'stad-tvatt',
      name: { sv: 'Städ och tvätt', en: 'Cleaning and laundry' },
      tasks: [
        { sv: 'Städa de boendes lägenheter', en: 'Clean residents’ rooms', roles: [VB, USK] },
        { sv: 'Städa gemensamma utrymmen', en: 'Clean the shared areas', roles: [VB, USK] },
        { sv: 'Tvätta de boendes kläder', en: 'Do residents’ laundry', roles: [VB, USK] },
        { sv: 'Märka de boendes kläder', en: 'Label residents’ clothes', roles: [VB, USK] },
        { sv: 'Bädda och byta sängkläder', en: 'Make beds and change bedding', roles: [VB, USK] },
        { sv: 'Rengöra hjälpmedel som rullstolar och liftar', en: 'Clean aids such as wheelchairs and hoists', roles: [VB, USK] },
        { sv: 'Ta hand om sopor och källsortera', en: 'Take out the rubbish and sort it for recycling', roles: [VB, USK] },
      ],
    },
    {
      id: 'service',
      name: { sv: 'Service och förråd', en: 'Services and stores' },
      tasks: [
        { sv: 'Fylla på handskar, skydd och papper', en: 'Restock gloves, pads and paper', roles: [VB, USK] },
        { sv: 'Ta emot och packa upp leveranser', en: 'Receive and unpack deliveries', roles: [VB, USK] },
        { sv: 'Hämta post och handla åt de boende', en: 'Fetch the post and shop for residents', roles: [VB, USK] },
      ],
    },
  ],
};

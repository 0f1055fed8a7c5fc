import type { LibraryList } from '../libraryTypes.ts';

const DT = 'Drifttekniker';
const PI = 'Processingenjör';
const AL = 'Arbetsledare';

export const vattenAvlopp: LibraryList = {
  id: 'vatten-avlopp',
  name: { sv: 'Teknisk verksamhet: vatten och avlopp', en: 'Technical services: water and sewage' },
  description: {
    sv: 'Ett vattenverk eller avloppsreningsverk med pumpstationer och ledningsnät.',
    en: 'A water or sewage treatment plant with its pumping stations and pipe network.',
  },
  roles: [
    { sv: DT, en: 'Operations technician' },
    { sv: PI, en: 'Process engineer' },
    { sv: AL, en: 'Supervisor' },
  ],
  groups: [
    {
      id: 'drift',
      name: { sv: 'Drift och process', en: 'Operations and process' },
      tasks: [
        { sv: 'Övervaka processen i styrsystemet', en: 'Monitor the process in the control system', roles: [DT, PI] },
        { sv: 'Gå driftronder i verket', en: 'Do inspection rounds of the plant', roles: [DT] },
        { sv: 'Åtgärda larm', en: 'Deal with alarms', roles: [DT] },
        { sv: 'Ha beredskap', en: 'Be on call', roles: [DT, PI] },
        { sv: 'Justera kemikaliedoseringen', en: 'Adjust the chemical dosing', roles: [DT, PI] },
        { sv: 'Följa upp driftdata och optimera processen', en: 'Follow up operating data and optimise the process', roles: [PI] },
        { sv: 'Läsa av mätare', en: 'Read meters', roles: [DT] },
        { sv: 'Fylla på kemikalier', en: 'Refill chemicals', roles: [DT] },
        { sv: 'Ta hand om slam och rens', en: 'Handle sludge and screenings', roles: [DT] },
      ],
    },
    {
      id: 'provtagning',
      name: { sv: 'Provtagning och kontroll', en: 'Sampling and testing' },
      tasks: [
        { sv: 'Ta vattenprover', en: 'Take water samples', roles: [DT] },
        { sv: 'Analysera prover i labbet', en: 'Analyse samples in the lab', roles: [DT, PI] },
        { sv: 'Packa och skicka prover till externt labb', en: 'Pack and send samples to an external lab', roles: [DT] },
        { sv: 'Följa upp provsvar', en: 'Follow up test results', roles: [PI, DT] },
        { sv: 'Skriva miljörapporten', en: 'Write the environmental report', roles: [PI] },
      ],
    },
    {
      id: 'underhall',
      name: { sv: 'Underhåll', en: 'Maintenance' },
      tasks: [
        { sv: 'Göra förebyggande underhåll på pumpar och maskiner', en: 'Carry out preventive maintenance on pumps and machinery', roles: [DT] },
        { sv: 'Byta filter och smörja maskiner', en: 'Change filters and lubricate machinery', roles: [DT] },
        { sv: 'Reparera pumpar och ventiler', en: 'Repair pumps and valves', roles: [DT] },
        { sv: 'Rensa igensatta pumpar', en: 'Clear blocked pumps', roles: [DT] },
        { sv: 'Kalibrera givare och mätinstrument', en: 'Calibrate sensors and instruments', roles: [DT] },
        { sv: 'Åka ut till pumpstationer', en: 'Visit the pumping stations', roles: [DT] },
        { sv: 'Spola ledningar', en: 'Flush the pipes', roles: [DT] },
        { sv: 'Laga läckor på ledningsnätet', en: 'Repair leaks in the pipe network', roles: [DT, AL] },
      ],
    },
    {
      id: 'service',
      name: { sv: 'Service och fastighet', en: 'Services and grounds' },
      tasks: [
        { sv: 'Städa kontrollrum och personalutrymmen', en: 'Clean the control room and staff rooms', roles: [DT] },
        { sv: 'Hålla ordning i verkstad och förråd', en: 'Keep the workshop and store in order', roles: [DT] },
        { sv: 'Klippa gräs och skotta snö runt verket', en: 'Mow the grass and clear snow around the plant', roles: [DT] },
        { sv: 'Tvätta och sköta servicebilarna', en: 'Wash and look after the service vans', roles: [DT] },
        { sv: 'Hämta reservdelar och material', en: 'Fetch spare parts and materials', roles: [DT] },
        { sv: 'Ta emot leveranser', en: 'Receive deliveries', roles: [DT] },
        { sv: 'Sortera avfall och farligt avfall', en: 'Sort waste and hazardous waste', roles: [DT] },
      ],
    },
    {
      id: 'administration',
      name: { sv: 'Administration', en: 'Administration' },
      tasks: [
        { sv: 'Planera veckans arbete', en: 'Plan the week’s work', roles: [AL] },
        { sv: 'Skriva arbetsordrar', en: 'Write work orders', roles: [AL, PI] },
        { sv: 'Dokumentera i underhållssystemet', en: 'Log work in the maintenance system', roles: [DT] },
        { sv: 'Göra riskbedömningar inför arbeten', en: 'Assess risks before a job', roles: [AL, DT] },
        { sv: 'Beställa material och reservdelar', en: 'Order materials and spare parts', roles: [DT, AL] },
        { sv: 'Svara på frågor och felanmälningar från kunder', en: 'Answer customers’ questions and fault reports', roles: [AL, DT] },
        { sv: 'Attestera fakturor', en: 'Approve invoices', roles: [AL] },
        { sv: 'Delta på arbetsplatsträff (APT)', en: 'Attend staff meetings', roles: [DT, PI, AL] },
      ],
    },
  ],
};

/**
 * The phone page's words, Swedish first and English. A small dictionary of
 * its own (the app's i18n files would not fit the page's size budget); the
 * colour and quadrant words are the app's own (renderer/i18n), which
 * test/unit/phone/text.test.ts keeps equal.
 */
import type { Refusal } from '../shared/room/protocol.ts';

export type Lang = 'sv' | 'en';

const sv = {
  title: 'AKR – i rummet',
  switchTo: 'In English',
  switchToLang: 'en',
  'join.title': 'Gå med i rummet',
  'join.intro': 'Skriv koden med sex siffror som visas på skärmen i rummet.',
  'join.code': 'Kod',
  'join.submit': 'Gå med',
  'join.joining': 'Går med…',
  'join.badCode': 'Koden har sex siffror. Skriv alla sex.',
  'join.wrongCode': 'Fel kod. Kontrollera siffrorna på skärmen och försök igen.',
  'join.locked': 'För många fel koder har provats, så koden är spärrad. Be den som håller i mötet om en ny kod.',
  'join.closed': 'Rummet är stängt.',
  'join.rate': 'För många försök på kort tid. Vänta en stund och försök igen.',
  'join.offline': 'Telefonen når inte rummet. Kontrollera att du är ansluten till samma nätverk som datorn.',
  'join.failed': 'Det gick inte att gå med. Försök igen.',
  'join.left': 'Rummet känner inte längre igen telefonen. Gå med igen med koden på skärmen.',
  'offline.title': 'Inte ansluten.',
  'offline.body': 'Det du skriver sparas i telefonen och skickas när anslutningen är tillbaka.',
  'offline.waiting_one': 'Ett svar väntar på att skickas.',
  'offline.waiting_other': '{count} svar väntar på att skickas.',
  'live.sent': 'Skickat.',
  'live.saved': 'Sparat i telefonen. Skickas när anslutningen är tillbaka.',
  'waiting.title': 'Väntar på processledaren',
  'waiting.body': 'Här visas det som processledaren öppnar: enkäten, SWOT-lappar, prickröstning eller färgröstning. Du behöver inte göra något nu.',
  'survey.title': 'Hur använder du din arbetstid?',
  'survey.intro': 'Du är anonym: ditt namn sparas inte, och resultatet visas bara för hela yrkesgrupper.',
  'survey.role': 'Vilken yrkesroll har du?',
  'survey.hours': 'Timmar per vecka för varje uppgift',
  'survey.hoursPercent': 'Andel av veckan för varje uppgift',
  'survey.hoursIntro':
    'Skriv ungefär hur många timmar en vanlig vecka du lägger på varje uppgift. Lämna tomt om du inte gör uppgiften. Decimaler skrivs med komma, till exempel 2,5.',
  'survey.hoursIntroPercent':
    'Skriv ungefär hur stor del av en vanlig arbetsvecka, i procent, du lägger på varje uppgift. Lämna tomt om du inte gör uppgiften. Decimaler skrivs med komma, till exempel 2,5.',
  'survey.unit': 'timmar per vecka',
  'survey.unitPercent': 'procent av veckan',
  'survey.total': 'Summa: {total} timmar per vecka',
  'survey.totalPercent': 'Summa: {total} % av veckan',
  'survey.contract': 'Hur mycket är du anställd?',
  'survey.contractHint': 'Timmar per vecka (till exempel 40 eller 30) eller sysselsättningsgrad (till exempel 75 %). Du kan lämna tomt.',
  'survey.mission': 'Vad är ditt grunduppdrag? Med egna ord: vad är du anställd för att göra?',
  'survey.comment': 'Kommentar (frivillig)',
  'survey.send': 'Skicka svaret',
  'survey.noRole': 'Välj din yrkesroll först.',
  'survey.fix_one': 'Ett svar behöver rättas innan du skickar.',
  'survey.fix_other': '{count} svar behöver rättas innan du skickar.',
  'survey.tooLong': 'Texten är för lång. Korta den lite.',
  'survey.done': 'Tack! Ditt svar är skickat.',
  'survey.doneWaiting': 'Tack! Ditt svar är sparat i telefonen och skickas när anslutningen är tillbaka.',
  'value.notNumber': 'Skriv ett tal, till exempel 2,5.',
  'value.negative': 'Talet kan inte vara mindre än 0.',
  'value.overWeek': 'En vecka har 168 timmar. Skriv ett mindre tal.',
  'value.overHundredPercent': 'Skriv högst 100 procent.',
  'value.zero': 'Skriv antalet timmar, eller lämna tomt.',
  'swot.title': 'SWOT – skriv lappar',
  'swot.intro': 'Välj var lappen hör hemma och skriv en sak per lapp. Du kan skriva så många lappar du vill. Lapparna är anonyma.',
  'swot.quadrant': 'Var hör lappen hemma?',
  'swot.text': 'Din lapp',
  'swot.send': 'Skicka lappen',
  'swot.noQuadrant': 'Välj var lappen hör hemma.',
  'swot.empty': 'Skriv något på lappen först.',
  'swot.posted_one': 'Du har skickat en lapp.',
  'swot.posted_other': 'Du har skickat {count} lappar.',
  'dots.title': 'Prickröstning',
  'dots.intro': 'Sätt dina prickar på de lappar som är viktigast. En lapp kan få flera prickar.',
  'dots.left': 'Prickar kvar: {left} av {budget}',
  'dots.add': 'Lägg en prick på: {note}',
  'dots.remove': 'Ta bort en prick från: {note}',
  'dots.count_one': '1 prick',
  'dots.count_other': '{count} prickar',
  'dots.noneLeft': 'Du har inga prickar kvar. Ta bort en prick från en annan lapp först.',
  'dots.send': 'Skicka prickarna',
  'dots.nothing': 'Sätt minst en prick först.',
  'dots.done': 'Tack! Dina prickar är skickade.',
  'poll.title': 'Färgröstning',
  'poll.intro': 'Vilken färg ska uppgiften ha för yrkesrollen? Du har en röst.',
  'poll.task': 'Uppgift',
  'poll.role': 'Yrkesroll',
  'poll.done': 'Tack! Din röst: {colour}.',
  'refused.notOpen': 'Det här är inte längre öppet, så det skickades inte.',
  'refused.overBudget': 'Prickarna ryms inte i din budget, så de räknades inte.',
  'refused.alreadyVoted': 'Du har redan röstat på den här uppgiften.',
  'refused.other': 'Rummet tog inte emot det som skickades.',
  'colour.green': 'Grön',
  'colour.yellow': 'Gul',
  'colour.red': 'Röd',
  'colour.black': 'Svart',
  'colour.green.short': 'mitt uppdrag',
  'colour.yellow.short': 'stöd, kan göras av annan',
  'colour.red.short': 'någon annan bör göra',
  'colour.black.short': 'sluta göra',
  'swot.quadrant.strengths': 'Styrkor',
  'swot.quadrant.weaknesses': 'Svagheter',
  'swot.quadrant.opportunities': 'Möjligheter',
  'swot.quadrant.threats': 'Hot',
  'swot.hint.strengths': 'Vad fungerar bra i dag?',
  'swot.hint.weaknesses': 'Vad fungerar mindre bra i dag?',
  'swot.hint.opportunities': 'Vad kan förändringen ge?',
  'swot.hint.threats': 'Vad kan gå fel?',
};

export type Key = keyof typeof sv;

const en: Record<Key, string> = {
  title: 'AKR – in the room',
  switchTo: 'På svenska',
  switchToLang: 'sv',
  'join.title': 'Join the room',
  'join.intro': 'Type the six-digit code shown on the screen in the room.',
  'join.code': 'Code',
  'join.submit': 'Join',
  'join.joining': 'Joining…',
  'join.badCode': 'The code has six digits. Type all six.',
  'join.wrongCode': 'Wrong code. Check the digits on the screen and try again.',
  'join.locked': 'Too many wrong codes were tried, so the code is locked. Ask the facilitator for a new code.',
  'join.closed': 'The room is closed.',
  'join.rate': 'Too many tries in a short time. Wait a moment and try again.',
  'join.offline': 'The phone cannot reach the room. Check that you are on the same network as the laptop.',
  'join.failed': 'Could not join. Try again.',
  'join.left': 'The room no longer knows this phone. Join again with the code on the screen.',
  'offline.title': 'Not connected.',
  'offline.body': 'What you type is kept on the phone and sent when the connection is back.',
  'offline.waiting_one': 'One answer is waiting to be sent.',
  'offline.waiting_other': '{count} answers are waiting to be sent.',
  'live.sent': 'Sent.',
  'live.saved': 'Saved on the phone. It will be sent when the connection is back.',
  'waiting.title': 'Waiting for the facilitator',
  'waiting.body': 'What the facilitator opens shows here: the survey, SWOT notes, a dot vote or a colour vote. You need not do anything now.',
  'survey.title': 'How do you spend your working time?',
  'survey.intro': 'You are anonymous: your name is not kept, and the results are only shown for whole roles.',
  'survey.role': 'What is your role?',
  'survey.hours': 'Hours per week for each task',
  'survey.hoursPercent': 'Share of the week for each task',
  'survey.hoursIntro':
    'Write roughly how many hours in a normal week you spend on each task. Leave it blank if you do not do the task. Decimals with a point or a comma, for example 2.5.',
  'survey.hoursIntroPercent':
    'Write roughly how much of a normal working week, in percent, you spend on each task. Leave it blank if you do not do the task. Decimals with a point or a comma, for example 2.5.',
  'survey.unit': 'hours per week',
  'survey.unitPercent': 'percent of the week',
  'survey.total': 'Total: {total} hours per week',
  'survey.totalPercent': 'Total: {total} % of the week',
  'survey.contract': 'How much are you employed?',
  'survey.contractHint': 'Hours per week (for example 40 or 30) or employment rate (for example 75 %). You may leave it blank.',
  'survey.mission': 'What is your core mission? In your own words: what are you employed to do?',
  'survey.comment': 'Comment (optional)',
  'survey.send': 'Send the answer',
  'survey.noRole': 'Choose your role first.',
  'survey.fix_one': 'One answer needs fixing before you send.',
  'survey.fix_other': '{count} answers need fixing before you send.',
  'survey.tooLong': 'The text is too long. Shorten it a little.',
  'survey.done': 'Thank you! Your answer is sent.',
  'survey.doneWaiting': 'Thank you! Your answer is kept on the phone and sent when the connection is back.',
  'value.notNumber': 'Write a number, for example 2.5.',
  'value.negative': 'The number cannot be less than 0.',
  'value.overWeek': 'A week has 168 hours. Write a smaller number.',
  'value.overHundredPercent': 'Write at most 100 percent.',
  'value.zero': 'Write the number of hours, or leave it blank.',
  'swot.title': 'SWOT – write notes',
  'swot.intro': 'Choose where the note belongs and write one thing per note. Write as many notes as you like. Notes are anonymous.',
  'swot.quadrant': 'Where does the note belong?',
  'swot.text': 'Your note',
  'swot.send': 'Send the note',
  'swot.noQuadrant': 'Choose where the note belongs.',
  'swot.empty': 'Write something on the note first.',
  'swot.posted_one': 'You have sent one note.',
  'swot.posted_other': 'You have sent {count} notes.',
  'dots.title': 'Dot vote',
  'dots.intro': 'Put your dots on the notes that matter most. A note may take several dots.',
  'dots.left': 'Dots left: {left} of {budget}',
  'dots.add': 'Add a dot to: {note}',
  'dots.remove': 'Take a dot from: {note}',
  'dots.count_one': '1 dot',
  'dots.count_other': '{count} dots',
  'dots.noneLeft': 'You have no dots left. Take a dot from another note first.',
  'dots.send': 'Send the dots',
  'dots.nothing': 'Place at least one dot first.',
  'dots.done': 'Thank you! Your dots are sent.',
  'poll.title': 'Colour vote',
  'poll.intro': 'Which colour should the task have for the role? You have one vote.',
  'poll.task': 'Task',
  'poll.role': 'Role',
  'poll.done': 'Thank you! Your vote: {colour}.',
  'refused.notOpen': 'This is no longer open, so it was not sent.',
  'refused.overBudget': 'The dots do not fit your budget, so they were not counted.',
  'refused.alreadyVoted': 'You have already voted on this task.',
  'refused.other': 'The room did not take what was sent.',
  'colour.green': 'Green',
  'colour.yellow': 'Yellow',
  'colour.red': 'Red',
  'colour.black': 'Black',
  'colour.green.short': 'my mission',
  'colour.yellow.short': 'support, others could do it',
  'colour.red.short': 'someone else should do it',
  'colour.black.short': 'stop doing it',
  'swot.quadrant.strengths': 'Strengths',
  'swot.quadrant.weaknesses': 'Weaknesses',
  'swot.quadrant.opportunities': 'Opportunities',
  'swot.quadrant.threats': 'Threats',
  'swot.hint.strengths': 'What works well today?',
  'swot.hint.weaknesses': 'What works less well today?',
  'swot.hint.opportunities': 'What can the change bring?',
  'swot.hint.threats': 'What can go wrong?',
};

export const MESSAGES: Record<Lang, Record<Key, string>> = { sv, en };

/** Swedish unless the browser prefers English (the facilitator's unit is Swedish; English is for those who ask for it). */
export function defaultLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'sv') return 'sv';
    if (base === 'en') return 'en';
  }
  return 'sv';
}

/** A message with {name} filled in; `count` picks the _one/_other form where the key has them. */
export function say(lang: Lang, key: Key, values: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** A plural message: `<base>_one` for 1, else `<base>_other`. */
export function sayCount(lang: Lang, base: string, count: number): string {
  const key = `${base}_${count === 1 ? 'one' : 'other'}` as Key;
  return say(lang, key, { count });
}

/** A number the way the language writes it: "2,5" in Swedish, "2.5" in English; at most one decimal. */
export function formatNumber(lang: Lang, n: number): string {
  const rounded = Math.round(n * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return lang === 'sv' ? text.replace('.', ',') : text;
}

/** How a refusal of something sent is worded. */
export function refusalText(lang: Lang, refusal: Refusal): string {
  switch (refusal) {
    case 'notOpen':
      return say(lang, 'refused.notOpen');
    case 'overBudget':
      return say(lang, 'refused.overBudget');
    case 'alreadyVoted':
      return say(lang, 'refused.alreadyVoted');
    default:
      return say(lang, 'refused.other');
  }
}

/** How a refusal of a join is worded. */
export function joinRefusalText(lang: Lang, refusal: Refusal | 'offline'): string {
  switch (refusal) {
    case 'wrongCode':
      return say(lang, 'join.wrongCode');
    case 'locked':
      return say(lang, 'join.locked');
    case 'closed':
      return say(lang, 'join.closed');
    case 'rate':
      return say(lang, 'join.rate');
    case 'offline':
      return say(lang, 'join.offline');
    case 'malformed':
      return say(lang, 'join.badCode');
    default:
      return say(lang, 'join.failed');
  }
}

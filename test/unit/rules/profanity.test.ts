import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const profanityIn = (text: string, account?: 'company' | 'personal') =>
  checker.check({ text, ...(account ? { account } : {}) }).findings.filter((finding) => finding.detector === 'profanity');

describe('profanity', () => {
  it.each([
    ['Tuesdays are sh1t, honestly', 'sh1t'],
    ['What a b0ll0cks week this has been', 'b0ll0cks'],
    ['Parking round here is a$$-backwards', 'a$$'],
    ['The new rota is f u c k i n g confusing', 'f u c k i n g'],
    ['Our printer is s.h.i.t again', 's.h.i.t'],
    ['who f-u-c-k-e-d up the heating', 'f-u-c-k-e-d'],
    ['Shiiiiiiiite, I forgot the cake', 'Shiiiiiiiite'],
    ['The train was f*cking late', 'f*cking'],
    ['F**k me, what a morning', 'F**k'],
    ['that meeting was a sh!tshow', 'sh!tshow'],
    ['stop being a tw@t', 'tw@t'],
    ['ＦＵＣＫ this weather', 'ＦＵＣＫ'],
    ['fu\u200Bck the traffic', 'fu\u200Bck'],
    ['the \u202Ds\u202Chit weather', 's\u202Chit'],
    ['the ѕhіt weather', 'ѕhіt'],
    ['the ʙᴜʟʟꜱʜɪᴛ excuses', 'ʙᴜʟʟꜱʜɪᴛ'],
    ['utter bollocks from the council', 'bollocks'],
    ['absofuckinglutely shattered today', 'absofuckinglutely'],
    ['cant be ar$ed with mondays', 'ar$ed'],
    ['wtf is this weather', 'wtf'],
    ['Easily the sh1ttest commute of my life', 'sh1ttest'],
    ['Officially out of f***s to give this week', 'f***s'],
    ['Bloody hell, the boiler again', 'Bloody hell'],
    ['Sod it, cake for lunch', 'Sod it'],
    ['what the f*** is going on with the car park today', 'f***'],
    ['Who the F*** books a fire drill at 9am', 'F***'],
    ['Absolute s*** service from the courier again', 's***'],
    ['f****** hell, the lift is broken', 'f******'],
    ['Our bloody printer has jammed again', 'bloody'],
    ['Bloody typical, the one day I forget my brolly', 'Bloody'],
    ['the landlord still hasn’t fixed the bloody boiler', 'bloody'],
    ['Effing hell, Monday again', 'Effing'],
    ['frigging roadworks on the ring road again', 'frigging'],
    ['Oh for f’s sake, the wifi is down', 'for f’s sake'],
    ['pissed off with the parking wardens', 'pissed'],
    ['Bollox to this weather', 'Bollox'],
    ['the new booking system is total sh*te', 'sh*te'],
    ['Oh FFS the server’s down', 'FFS'],
    ['Holy sh!t what a day', 'sh!t'],
    ['this rota is complete horseshit', 'horseshit'],
    ['damn this rain', 'damn'],
  ])('flags %j at %j', (text, word) => {
    const findings = profanityIn(text);
    expect(findings.map((finding) => text.slice(...finding.span))).toContain(word);
  });

  it('cites the company clause only on a company account', () => {
    const clauses = (account?: 'company' | 'personal') => checker.check({ text: 'This is sh1t', ...(account ? { account } : {}) }).findings.map((finding) => finding.clause);
    expect(clauses('company')).toEqual(expect.arrayContaining(['safe.inappropriate-content', 'company.inappropriate-content']));
    expect(clauses('personal')).toContain('safe.inappropriate-content');
    expect(clauses('personal')).not.toContain('company.inappropriate-content');
    expect(clauses()).not.toContain('company.inappropriate-content');
    expect(checker.check({ text: 'This is sh1t' }).verdict).toBe('stop');
  });

  it.each([
    ['Mondays are sh1t but we are open', 'Mondays are rubbish but we are open'],
    ['The f*cking train was late again', 'The train was late again'],
    ['what the f*** is going on with the lift', 'what the heck is going on with the lift'],
    ['WTF, the heating is off again', 'what on earth, the heating is off again'],
    ['Our bloody printer has jammed', 'Our printer has jammed'],
    ['This rota is b0ll0cks', 'This rota is nonsense'],
  ])('replaces the word in the rewrite of %j with a clean one, and the rewrite passes', (text, expected) => {
    const result = checker.check({ text });
    const rewrite = result.findings.find((finding) => finding.detector === 'profanity')?.rewrite;
    expect(rewrite).toBe(expected);
    expect(profanityIn(rewrite!)).toEqual([]);
  });

  it('names the word masked in its reason, never spelled out', () => {
    const [finding] = profanityIn('That was a sh1t week');
    expect(finding?.reason).toContain('s***');
    expect(finding?.reason).not.toContain('shit');
  });

  it.each([
    'Free talks in Scunthorpe, Penistone, Essex, Sussex and Middlesex this month.',
    'Your assessment with our therapist is free; bring a cocktail recipe if you like.',
    'Shiitake soup, Dickens on the shelf and a class on analysis in Cockermouth.',
    'Grape harvest: pass the hello, assume the title, then assess the bass.',
    'Blue tits and great tits came to the feeder. Tit for tat, as they say.',
    'The Shiite and Sunni communities held a vigil together.',
    'Moby Dick and Philip K. Dick are on our reading list.',
    'Our new phone is a Galaxy A55 and the road is the A12.',
    'Our ***** reviews keep rolling in, thank you!',
    'Rated 5*** by the people who stay with us.',
    'Mrs B***** and Mr J***** are anonymised in the case study.',
    'Blood tests are now available at our partner clinic.',
    'She had a bloody nose after the fall, so we called first aid.',
    'The Bloody Sunday memorial service is at noon.',
    'A virgin Bloody Mary is on the menu at our summer social.',
    'The film has the f-word in it, so it is rated 15.',
    'The heck with it: cake for everyone!',
    'Flipping pancakes at the team breakfast this morning.',
    'Crikey, what a busy week at the practice.',
    'Most wounds heal; a bloody discharge needs a nurse to look at it.',
    'Ask us about the cockpit tour, Cockfosters station and the peacock garden.',
    'Arsenal fans, Arsenic and Old Lace is on at the theatre.',
    'Здравствуйте, как дела? Γεια σου κόσμε. 你好世界。 مرحبا بالعالم',
    'Assassins, passes, classes and glasses: all fine words.',
    'Hancock, Dickinson, Cockburn and Titchmarsh are surnames.',
    'Copy the **Application ID** into the settings, then **save**.',
  ])('leaves %j alone', (text) => {
    expect(profanityIn(text)).toEqual([]);
  });
});

describe('profanity in the other languages staff mix into English', () => {
  it.each([
    ['Kurwa mać, the lift is broken again', 'Kurwa'],
    ['Joder, what a commute this morning', 'Joder'],
    ['the new rota is total cachu', 'cachu'],
    ['putain, forgot my lanyard', 'putain'],
    ['this printer is a bhenchod nightmare', 'bhenchod'],
  ])('flags %s', (text, word) => {
    expect(profanityIn(text).map((finding) => text.slice(...finding.span))).toContain(word);
  });

  it.each([
    'Spotted dick with custard for pudding at the community lunch',
    'A pot of cock-a-leekie on the stove, perfect for this weather',
    'The rooster woke the whole farm with his cock-a-doodle-doo',
    'Can you put a reminder in the team calendar for Friday?',
  ])('leaves alone %s', (text) => {
    expect(profanityIn(text)).toEqual([]);
  });
});

import { apostrophes } from './text-scope.ts';
/** Plain-engine gate: every match of APPOINTMENT_DISCLOSURE contains one of these. */
export const APPOINTMENT_GATE = /can (?:confirm|tell you|let you know|say)|(?:her|his|their) (?:next |[a-z]+ )?(?:session|appointment|booking|account|invoice|fee)|['’]s (?:next |last |first )?(?:session|appointment|booking|account|invoice|fee|therapy)|booked in/;

/**
 * Telling someone about another person's appointments, bookings or payments: it confirms that
 * person is a client (and when they come), which only they may be told once verified.
 */
export const APPOINTMENT_DISCLOSURE = apostrophes(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`(?:i|we) can (?:confirm|tell you|let you know|say)(?: that)? (?!(?:our|the|it|we|this|that|all|everything|there|these|those)(?![\p{L}]))(?:[\p{L}'-]+ ){1,2}?(?:is|are|was|were|has|have) (?:been |still |definitely )?(?:booked|attending|coming|seeing|registered|a client|on our|in every|due|paid)`,
      String.raw`(?:i|we) can (?:confirm|tell you|let you know|say)(?: that)? (?:she|he|they)'(?:s|re) (?:been |still |definitely )?(?:booked|attending|coming|seeing|registered|a client|on our|due|paid)`,
      String.raw`(?:her|his|their) (?:sessions?|appointments?|bookings?|account|invoices?|fees) (?:(?:is|are|was|were|has been|have been) (?:all )?(?:paid|booked|on|at|every|up to date|cancelled|moved|changed|overdue|outstanding)|(?:has )?(?:moved|changed|been moved|been changed) to)`,
      String.raw`(?:your|her|his|their) (?:wife|husband|partner|spouse|son|daughter|mum|mother|dad|father|child|kid|friend|brother|sister|boyfriend|girlfriend)'s (?:next |last |first )?(?:sessions?|appointments?|bookings?|account|invoices?|fees|therapy)`,
      String.raw`(?:your|her|his|their) (?:wife|husband|partner|spouse|son|daughter|mum|mother|dad|father|child|kid|friend|brother|sister|boyfriend|girlfriend) (?:has |just |has just )?(?:cancelled|moved|rebooked|booked|missed|attended|changed|paid for|didn't turn up to|did not attend) (?:her|his|their) (?:[\p{L}]+ )?(?:sessions?|appointments?|bookings?)`,
      String.raw`(?:(?:is|are|was)|(?:she|he|they)'(?:s|re)) booked in (?:every|on|for|at|with)`,
      String.raw`(?:her|his|their) next (?:session|appointment) is`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'gu',
);

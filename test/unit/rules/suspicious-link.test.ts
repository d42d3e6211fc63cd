import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'suspicious-link');

describe('suspicious-link', () => {
  it.each([
    ['Team, log in at http://10.0.0.45/admin to update the page', 'http://10.0.0.45/admin'],
    ['New booking site: https://www.zrthreapy.co.uk/book', 'https://www.zrthreapy.co.uk/book'],
    ['Get your refund at https://paypa1.com/refund today', 'https://paypa1.com/refund'],
    ['Our page moved: https://zrtherapy.com/bookings', 'https://zrtherapy.com/bookings'],
    ['Renew your registration: https://hcpc.org.uk.renewal-centre.com/login', 'https://hcpc.org.uk.renewal-centre.com/login'],
    ['Members: update your record at https://ukcp-members-update.net/form', 'https://ukcp-members-update.net/form'],
    ['Free CPD pack: https://xn--nhs-8ma.uk/pack', 'https://xn--nhs-8ma.uk/pack'],
    ['Sign up here: https://zrtherаpy.co.uk/join', 'https://zrtherаpy.co.uk/join'],
    ['Please sign in at https://secure-login-verify.com/portal to see the new rota', 'https://secure-login-verify.com/portal'],
  ])('stops on the host: %s', (text, link) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toEqual(['security.suspicious-links']);
    expect(findings.map((finding) => text.slice(...finding.span))).toEqual([link]);
  });

  it.each([
    'Your account will be suspended within 24 hours. Verify your account at bit.ly/3xYzAb',
    'Everyone please confirm your card details at pay-portal-uk.com/renew so sessions keep going',
    'Your page has been reported for breaking the rules. Appeal here: https://page-review-centre.com/case/8812',
    'Got a message from a stranger saying "omg is this you in this photo" with tinyurl.com/abc123 — might open it later',
    'Some random account sent me http://clip-share.example.net/v/7 with no message. Going to click it and find out 🤷',
    'Your Microsoft 365 password expires today. Keep your current password here: bit.ly/3kTq9',
    'Jo shared a document with you: https://docs-view-online.net/d/88',
    'See who viewed your profile this week 👀 https://profile-stats-checker.app/check',
  ])('stops on the wording around a link: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).length).toBeGreaterThan(0);
  });

  it.each([
    ["Someone DM'd me a link saying I'd won a spa day — gonna click it and see what happens!", 'gonna click'],
    ['Random account sent our page a link with "is this you in the video?" I\'m going to open it', 'going to open'],
  ])('stops on a plan to open a message link that is not quoted: %s', (text, cue) => {
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toEqual([cue]);
  });

  it('removes the link in the suggested rewrite', () => {
    const text = 'Workshop places: https://zrtherapv.co.uk/spring';
    const [finding] = findingsOf(text);
    expect(finding?.rewrite).toBe('Workshop places:');
  });

  it.each([
    'How to spot a scam: messages that ask you to verify your account or log in to confirm your details. Report them at ncsc.gov.uk',
    'Renew your BACP membership at https://www.bacp.co.uk/membership before it lapses.',
    'Log in to confirm your booking at https://zrtherapy.co.uk/portal',
    'NHS talking therapies near you: https://www.nhs.uk/service-search/mental-health',
    'We will never ask you to verify your account by DM.',
    'Our guide to staying safe online: zrtherapy.co.uk/blog/online-safety',
    'Never click links in DMs from strangers — report and delete instead.',
    "Got a weird DM with a link. Should I click it? (I won't, don't worry)",
    "I'll open the link to our new booking page tomorrow morning.",
    'Find me at uk.linkedin.com/in/jane-smith-counsellor',
    'My client portal at zrtherapy.co.uk/portal lets you update your card details securely.',
    'The amazon.co.uk wishlist for our waiting room toys is here: https://www.amazon.co.uk/hz/wishlist/ls/ABC',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('suspicious-link: more lures in other words', () => {
  it.each([
    ['Got a DM saying my page will be deleted unless I verify at meta-support-centre.com, doing it now', 'meta-support-centre.com'],
    ['Our bank says to log in here to keep the account active: natwest-online-secure.co/login', 'natwest-online-secure.co/login'],
    ['Click to claim your HMRC tax refund: hmrc-refunds.uk.com', 'hmrc-refunds.uk.com'],
    ['Can someone check http://192.168.4.22/admin for me, the client portal is down', 'http://192.168.4.22/admin'],
    ['Office 365 password expires today, keep your current password here: tinyurl.com/o365keep', 'tinyurl.com/o365keep'],
  ])('stops: %s', (text, link) => {
    const result = checker.check({ text });
    expect(result.verdict).toBe('stop');
    const suspicious = result.findings.filter((finding) => finding.clause === 'security.suspicious-links');
    expect(suspicious.map((finding) => text.slice(...finding.span))).toContain(link);
  });

  it.each([
    'Mind has a great guide on anxiety: mind.org.uk/information-support',
    'Beware of texts asking you to click links about a parcel. Royal Mail never asks for payment this way.',
    'Our new website is live at zrtherapy.co.uk',
  ])('is not suspicious: %s', (text) => {
    expect(checker.check({ text }).findings.filter((finding) => finding.clause === 'security.suspicious-links')).toEqual([]);
  });
});

describe('suspicious-link: look-alike names inside a host, ordinary brands with lures, lures in the wording', () => {
  it.each([
    ['Your Microsoft 365 mailbox is full. Sign in to increase storage: micros0ft-mail.com/login', 'micros0ft-mail.com/login'],
    ['DPD: we missed you, reschedule delivery and pay £1.99: dpd-redelivery.info', 'dpd-redelivery.info'],
    ['Confirm your Zoom password here to keep your meetings: zoom-us-login.co', 'zoom-us-login.co'],
    ['Verify your Instagram account to get the blue tick: instagram-verify-badge.com', 'instagram-verify-badge.com'],
  ])('stops: %s', (text, link) => {
    const result = checker.check({ text });
    expect(result.verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toContain(link);
  });

  it('stops a plan to click a link sent on WhatsApp about a prize', () => {
    const text = "Someone sent me a link on WhatsApp saying I'd won a Tesco voucher, I'm going to click it";
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toContain('going to click');
  });

  it.each([
    'Our friends at the Good Samaritan Trust have a new site: good-samaritan-trust.org.uk/events',
    'Join our Zoom call at 7pm, details on zoom.us/j/123456789',
    'DPD delivered our new chairs today 🪑',
    'Someone sent me a link on WhatsApp to a lovely article, I might read it later.',
  ])('is not suspicious: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('suspicious-link: hosts that read like a protected name', () => {
  it.each([
    ['Update your details at https://rnonzo.com/verify', 'https://rnonzo.com/verify'],
    ['Payment failed, retry at https://vvhatsapp-pay.net/card', 'https://vvhatsapp-pay.net/card'],
    ['Claim the voucher at https://n3tfl1x.info/gift', 'https://n3tfl1x.info/gift'],
    ['New rota at https://zr-therapy.co.uk/rota', 'https://zr-therapy.co.uk/rota'],
  ])('stops on %s', (text, link) => {
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toEqual([link]);
  });

  it('judges each link of a draft on its own host, even when two detectors ask about the same links', () => {
    const text = 'Two reads: https://example.org/a and https://paypa1.com/refund';
    const result = checker.check({ text });
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toEqual(['https://paypa1.com/refund']);
    expect(result.findings.filter((finding) => finding.detector === 'external-link').map((finding) => text.slice(...finding.span))).toEqual(['https://example.org/a']);
  });

  it('treats a plural of a protected name as a different word, not a look-alike', () => {
    expect(findingsOf('Fundraiser page: https://good-samaritan-trust.org/give')).toEqual([]);
  });
});

describe('a brand run into a log-in address', () => {
  it('stops a look-alike log-in host', () => {
    expect(checker.check({ text: 'Renew your CPD badge: sign in at secure-paypalaccounts.net/renew' }).verdict).toBe('stop');
  });

  it("leaves Microsoft's own sign-in host alone", () => {
    expect(checker.check({ text: 'Staff: the sign-in page is login.microsoftonline.com' }).findings.filter((finding) => finding.detector === 'suspicious-link')).toEqual([]);
  });
});

describe("a brand's own one-word hosts", () => {
  it.each(['accounts.googleusercontent.com/photo', 'login.microsoftonline.us', 'account.microsoftstream.com/video'])('is not suspicious: %s', (host) => {
    expect(findingsOf(`Staff: see ${host}`)).toEqual([]);
  });
});

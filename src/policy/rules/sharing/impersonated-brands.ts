/**
 * Brands and professional bodies that scammers often imitate in links aimed at UK therapists
 * and their clients. `label` is the registrable name (before the public suffix); `genuine`
 * lists suffixes under which ANY host is theirs (NHS trusts live under nhs.uk, a suffix).
 * `distinctive` names are never ordinary words, so seeing one inside someone else's host
 * ("paypal-secure.net", "ukcp.org.uk.portal.info") is itself a warning sign.
 */
export interface Brand {
  readonly label: string;
  readonly genuine?: readonly string[];
  readonly distinctive: boolean;
}

const brand = (label: string, distinctive: boolean, genuine?: readonly string[]): Brand => ({ label, distinctive, ...(genuine ? { genuine } : {}) });

export const IMPERSONATED_BRANDS: readonly Brand[] = [
  // Payments, shopping and banks.
  brand('paypal', true), brand('amazon', true), brand('ebay', true), brand('barclays', true), brand('hsbc', true),
  brand('lloydsbank', true), brand('natwest', true), brand('santander', true), brand('nationwide', false), brand('halifax', false),
  brand('monzo', true), brand('revolut', true), brand('starlingbank', true), brand('barclaycard', true), brand('mastercard', true),
  brand('visa', false), brand('stripe', false), brand('klarna', true),
  // Tech and social networks.
  brand('microsoft', true, ['microsoftonline.com', 'office.com', 'live.com']), brand('outlook', false), brand('office365', true), brand('apple', false), brand('icloud', true),
  brand('google', true), brand('gmail', true), brand('facebook', true), brand('instagram', true), brand('whatsapp', true),
  brand('linkedin', true), brand('twitter', true), brand('tiktok', true), brand('youtube', true), brand('netflix', true),
  brand('spotify', true), brand('dropbox', true), brand('docusign', true), brand('zoom', false), brand('meta', false),
  // UK public bodies and deliveries.
  brand('hmrc', true, ['gov.uk']), brand('dvla', true, ['gov.uk']), brand('gov', false, ['gov.uk']),
  brand('nhs', true, ['nhs.uk', 'nhs.net', 'nhs.scot', 'nhs.wales']), brand('royalmail', true), brand('parcelforce', true),
  brand('evri', true), brand('dpd', false), brand('dhl', true), brand('tvlicensing', true),
  // Professional bodies and sector services.
  brand('bacp', true), brand('ukcp', true), brand('hcpc', true, ['hcpc-uk.org']), brand('bps', false), brand('ncps', true),
  brand('psychologytoday', true), brand('counselling-directory', true), brand('samaritans', true), brand('mind', false),
];

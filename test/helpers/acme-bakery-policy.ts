/**
 * A short plain-text policy of another organisation, as an owner might paste it into `policy
 * init --from-text`: a title, key facts, a prohibition list and a list of good habits.
 */
export const ACME_BAKERY_POLICY = `Acme Bakery social media policy
Policy owner: Dana Price
Effective from: 01/02/2025
Next review date: 01/02/2026

Acme Bakery staff use social media to share what we bake.

Customers

Staff must not:
- Send offensive or harassing messages to customers.
- Share a customer's name or phone number.
- Post photos of customers without asking them first.

Good habits
- Think before you post.
- Be polite, even when others are not.
- Check your facts before you share anything.
`;

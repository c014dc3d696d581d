// The clutter kinds by name, in the order the options page lists them: the keys of rules.json `kinds`
// (rules.test.ts holds the two equal). Apart from the rules so that what needs only the names (settings, the
// content script's first chunk, the options page) does not carry every kind's words and patterns.
export const CLUTTER_KINDS = ['affiliate-disclosure', 'newsletter', 'sponsored', 'promoted-widget'] as const;

/** A kind of clutter: one entry of rules.json `kinds`. */
export type ClutterKind = (typeof CLUTTER_KINDS)[number];

// A newsletter pitch that closes on a call to sign up ("... Sign up here."), in the languages the rules know.
import { NEWSLETTER } from './rules.ts';
import { wordsOf } from './dom.ts';

/**
 * A closing call to sign up, a sentence of its own: "Sign up here.", "Subscribe now!", "Join for free today.", and the
 * same in German, French, Spanish, Italian and Dutch ("Hier geht es zur Anmeldung.", "Jetzt kostenlos anmelden.", "Hier das kostenlose Abo holen.",
 * "S'inscrire", "Suscríbete aquí").
 */
const CLOSING_ASK = new RegExp(
  `(?:^|[.!?…:–—]["'”’)]?\\s+)(?:${[
    '(?:sign(?:ing)? up|subscribe|register|join)(?: (?:for free|free|now|today))?(?: (?:here|now|today|below))?',
    "(?:hier geht(?:'s| es) zur anmeldung|(?:jetzt |hier |gleich )?(?:kostenlos |gratis )?(?:anmelden|abonnieren|registrieren))",
    '(?:jetzt |hier )?(?:das |den )?(?:kostenlose[ns]? |gratis )?(?:abo|newsletter) (?:holen|bestellen|sichern)',
    "(?:je m'inscris|s'inscrire|inscrivez-vous)(?: gratuitement| ici)?",
    '(?:suscr[ií]bete|inscr[ií]bete|ap[uú]ntate)(?: aqu[ií]| gratis)?',
    'iscriviti(?: qui| ora| gratis)?',
    '(?:schrijf je in|meld je aan|aanmelden)',
  ].join('|')})\\s*[.!]?$`,
  'i',
);

/** The text names a newsletter and closes on a call to sign up: where the ask starts, or -1. */
function signUpAskAt(text: string): number {
  const ask = CLOSING_ASK.exec(text);
  return ask && NEWSLETTER.strong.test(text.slice(0, ask.index)) ? ask.index : -1;
}

/** The words name a newsletter and close on a call to sign up ("Der Newsletter zu Energie & Klima ... Hier geht es zur Anmeldung."). */
export function endsWithSignUpAsk(text: string): boolean {
  return signUpAskAt(text) >= 0;
}

/**
 * A block that names a newsletter and closes by asking the reader to sign up, its link in that ask ("CNN will soon
 * launch Royal News, a weekly newsletter bringing you ... . Sign up <a>here</a>."): a plug whose pitch spans two
 * sentences. An article sentence about a newsletter closes on its own words, not on a sign-up link.
 */
export function closesWithSignUpAsk(block: Element, text = wordsOf(block)): boolean {
  const at = signUpAskAt(text);
  if (at < 0) return false;
  const links = block.getElementsByTagName('a');
  const last = links.length ? wordsOf(links[links.length - 1]!) : '';
  return !!last && text.slice(at).includes(last);
}

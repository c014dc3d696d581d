// The company card as an extension page, framed next to its ticker by the content script (see
// content/card-bridge.ts). It takes its data once from the background with the token the content script
// posts it (with the port it talks back on), renders the offline part at once and patches in the description
// and the quote as they arrive. It tells the content script only its height and when it wants to close; focus
// and placement stay there. Nothing is posted to the page (see shared/host-port.ts).
import { render } from 'preact';
import { dataAsOfFromReply } from '../../core/messages.ts';
import { ext } from '../../platform/ext.ts';
import { Card } from './Card.tsx';
import { fetchQuote, fetchSummary, parseCardPayload, type CardPayload } from './payload.ts';
import type { QuoteState } from './QuotePanel.tsx';
import { CARD_CSS } from './styles.ts';
import { connectToHost } from '../shared/host-port.ts';

// In a frame the card is the whole document: no fixed position, no own height limit. The content script
// gives the frame the card's height when the viewport has room for it; when it has not, the frame scrolls
// inside, with a visible (thin) scrollbar so the reader sees there is more. The scrollbar narrows the card
// and makes it taller, which only happens when the frame is already at its largest: the frame cannot chase
// its own size.
const FRAME_CSS = `${CARD_CSS}
html,body{margin:0;padding:0;background:transparent}
html{scrollbar-width:thin}
.card{position:static;width:auto;max-width:none;max-height:none;overflow:visible;box-shadow:none;border-radius:10px}`;

async function main(): Promise<void> {
  const style = document.createElement('style');
  style.textContent = FRAME_CSS;
  document.head.append(style);
  const root = document.getElementById('card')!;
  const send = (msg: unknown) => ext().runtime.sendMessage(msg);
  const { payload, post } = await connectToHost('card', async (token) => {
    const reply = (await send({ type: 'handoff:take', kind: 'card', token }).catch(() => null)) as { payload?: unknown } | null;
    return parseCardPayload(reply?.payload);
  });

  let props: CardPayload & { quote: QuoteState; dataAsOf?: string | null } = {
    ...payload,
    quote: payload.quotesEnabled ? 'loading' : null,
  };
  const draw = () => render(<Card {...props} onClose={() => post('close', { reason: 'close-button' })} />, root);
  draw();
  const card = root.firstElementChild as HTMLElement | null;
  card?.focus({ preventScroll: true });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    post('close', { reason: 'escape' });
  });
  if (card) new ResizeObserver(() => post('size', { height: card.getBoundingClientRect().height })).observe(card);

  const dataInfo = send({ type: 'dataInfo' }).then(
    (r) => {
      props = { ...props, dataAsOf: dataAsOfFromReply(r) };
      draw();
    },
    () => undefined,
  );
  const { company } = payload;
  if (!company) return dataInfo;
  const summary = fetchSummary(send, company).then((s) => {
    if (s) {
      props = { ...props, company: { ...company, summary: s } };
      draw();
    }
  });
  if (payload.quotesEnabled) {
    const quote = await fetchQuote(send, company);
    props = { ...props, quote };
    draw();
  }
  await Promise.all([summary, dataInfo]);
}

void main();

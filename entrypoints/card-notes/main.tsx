import { render } from 'preact';
import cardCss from '@/components/card/card.css?inline';
import { App } from './App';
import { connectToCard } from './card-port';

// The card's own sheet, so the notes look as they did inside the card.
const sheet = document.createElement('style');
sheet.textContent = cardCss;
document.head.append(sheet);

render(<App card={connectToCard()} />, document.getElementById('app')!);

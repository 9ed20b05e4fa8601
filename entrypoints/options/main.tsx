import { render } from 'preact';
import { App } from './App';
import '../popup/popup.css';
import './options.css';

render(<App />, document.getElementById('app')!);

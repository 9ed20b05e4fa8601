import { render } from 'preact';
import { App } from './App';
import '../popup/popup.css';
import './capture.css';

render(<App search={location.search} />, document.getElementById('app')!);

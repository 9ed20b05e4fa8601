import { render } from 'preact';
import { App } from './App';
import '@/components/base.css';
import './capture.css';

render(<App search={location.search} />, document.getElementById('app')!);

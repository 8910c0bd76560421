import { render } from 'preact';
import { App } from './App';
import { ask } from './messaging';
import './style.css';

// the worker may have been stopped while idle: it starts now, while the popup renders
void ask('wake', {}).catch(() => undefined);

render(<App />, document.getElementById('app')!);

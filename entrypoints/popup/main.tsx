import { render } from 'preact';

render(<main>Fine Print</main>, document.getElementById('app')!);

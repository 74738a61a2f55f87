import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import '@/components/theme.css';
import '@/components/screening/screening.css';
import '@/components/popup/popup.css';

render(<Popup />, document.getElementById('app')!);

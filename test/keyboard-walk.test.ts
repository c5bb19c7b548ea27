// Runs on its own, one page at a time (see package.json `test:browser`): thousands of real key
// presses go to the focused page, and parallel pages would fight over focus.
import { keyboardWalk } from './support/keyboard-walk.js';

keyboardWalk('ja');
keyboardWalk('en');
keyboardWalk('zh-Hans');

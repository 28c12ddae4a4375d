import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../../lib/background/start';

// Wiring only: the background's behaviour lives in lib/background (WXT imports this file in Node at build time).
export default defineBackground({
  type: 'module',
  main() {
    startBackground();
  },
});

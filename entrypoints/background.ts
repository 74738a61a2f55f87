import { defineBackground } from 'wxt/utils/define-background';

// The background does nothing yet: the pause switches live in storage, which the content script
// watches. Explanations served on demand (for the hover card) will be answered from here.
export default defineBackground(() => {});

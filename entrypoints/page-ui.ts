import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pageUi } from '@/content/page-ui/page-ui';
import { handOverPageUi } from '@/content/page-ui/handover';

// Loaded by the content script (content/page-ui/load.ts) when a page first has a term to highlight.
export default defineUnlistedScript(() => handOverPageUi(pageUi));

/**
 * The pages `npm run bench` visits, from ../shared/corpus/pages: news, reference and health pages,
 * small and very large. The corpus holds two real health pages (medicalnewstoday, webmd-2);
 * keep-images (a feature on a drug lab) and nytimes-1 add health-adjacent and long-read text.
 */
export const BENCH_PAGES = [
  '001.html',
  'aclu.html',
  'aktualne.html',
  'buzzfeed-1.html',
  'cnet.html',
  'google-sre-book-1.html',
  'medicalnewstoday.html',
  'royal-road.html',
  'salon-1.html',
  'telegraph.html',
  'tumblr.html',
  'v8-blog.html',
  'videos-1.html',
  'wapo-1.html',
  'webmd-2.html',
  'wikipedia.html',
  'wikipedia-2.html',
  'wikipedia-4.html',
  'yahoo-2.html',
  'youth.html',
  'keep-images.html',
  'nytimes-1.html',
];

/** `--quick`: a mix of small, large and health pages. */
export const QUICK_PAGES = ['001.html', 'medicalnewstoday.html', 'webmd-2.html', 'wikipedia.html', 'wikipedia-2.html', 'yahoo-2.html', 'tumblr.html', 'v8-blog.html'];

/** The page grown to 10x and 100x its text for the text-length run: a medium health page. */
export const TEXT_LENGTH_PAGE = 'webmd-2.html';
export const TEXT_SCALES = [1, 10, 100];

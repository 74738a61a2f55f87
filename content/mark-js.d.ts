// mark.js's own ES module source: smaller once bundled than its UMD build (the content script has a
// size budget). Same class and API as the package's main entry, typed by @types/mark.js.
declare module 'mark.js/src/lib/mark.js' {
  import Mark from 'mark.js';
  export default Mark;
}

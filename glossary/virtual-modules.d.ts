// The module served by match-index-plugin.ts: the encoded match index (see encodeMatchIndex).
declare module 'virtual:healthlens-match-index' {
  const encodedMatchIndex: string;
  export default encodedMatchIndex;
}

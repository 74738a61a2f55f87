// The module served by match-index-plugin.ts: the glossary's forms, prepared for the matcher.
declare module 'virtual:healthlens-match-index' {
  const preparedForms: import('../content/prepared-forms').PreparedForms;
  export default preparedForms;
}

// The parser alone: the package's index also bundles its isProbablyReaderable check, which the
// content script never calls and would otherwise carry.
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export default Readability;
}

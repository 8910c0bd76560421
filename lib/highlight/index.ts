export { PageHighlighter, pageEnvironment, ROOT_ATTRIBUTE, type HighlightEnvironment } from './highlighter';
export { createLocator } from './locate';

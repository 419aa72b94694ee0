export { absoluteUrl, isHttpUrl, originOf, trimTrailingSlashes } from './urls';

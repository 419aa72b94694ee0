export { absoluteUrl, hostOf, isHttpUrl, originOf, trimTrailingSlashes } from './urls';

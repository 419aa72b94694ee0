export { Composer } from './Composer';
export { Transcript } from './Transcript';
export { COMPOSER_ID } from './turnNames';

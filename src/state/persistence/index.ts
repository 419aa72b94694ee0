export { persistStorage } from './persistStorage';

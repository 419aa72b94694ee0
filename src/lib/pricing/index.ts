export { costOfUsage, formatUsd, perMillion } from './cost';

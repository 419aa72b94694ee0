export {
  computeStreamMetrics,
  estimateTokens,
  formatDuration,
  formatTokenCount,
  formatTokensPerSecond,
} from './streamMetrics';

export { EvaluateView, type EvaluateViewProps } from './EvaluateView';

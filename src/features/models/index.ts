export { ModelCard } from './ModelCard';
export { ModelPicker } from './ModelPicker';

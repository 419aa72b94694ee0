export type { GenerateBarProps } from './GenerateBar';
export { GenerateBar } from './GenerateBar';
export { generateBlocker } from './generateBlocker';
export { JobCard } from './JobCard';
export type { JobListProps } from './JobList';
export { JobList } from './JobList';
export { MediaResults } from './MediaResults';

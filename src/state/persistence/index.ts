export { persistStorage } from './persistStorage';
export type { SetAsideNotice } from './setAside';
export { dismissSetAside, onSetAside, setAside, setAsideNotices, storedText } from './setAside';

export { checkApplication } from './checkApplication';
export { countChars } from './textScan';
export { yoshiki3 } from './subsidyJizokuka';
export * from './types';

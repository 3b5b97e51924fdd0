export * from './result';
export * from './figures';
export * from './growth';
export * from './cagr';
export * from './plan';
export * from './indicators';
export * from './format';

// Greys whose PDF colour values are short (0.4 0.4 0.4): less content to write and compress.
export const INK = '#000000';
export const MUTED = '#666666';
export const RULE = '#999999';
export const SHADE = '#e6e6e6';

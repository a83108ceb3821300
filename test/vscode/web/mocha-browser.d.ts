// mocha's browser build (mocha/mocha.js), loaded for its effect: it sets globalThis.mocha.
declare module 'mocha/mocha.js';

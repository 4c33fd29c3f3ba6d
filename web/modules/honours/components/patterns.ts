/** A mainland mobile number, as the server checks it. */
export const MOBILE = /^1[3-9]\d{9}$/;

/** A resident ID number: 17 digits and a digit or X (either case; the server upper-cases it). */
export const ID_NUMBER = /^\d{17}[\dXx]$/;

/** A code key (titles, categories, criteria): a lower-case letter, then letters, digits and underscores. */
export const CODE_KEY = /^[a-z][a-z0-9_]{0,39}$/;

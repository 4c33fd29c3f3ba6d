/** A mainland mobile number, as the server checks it. */
export const MOBILE = /^1[3-9]\d{9}$/;

/** A case number as it is handed out: WZ and twelve digits (either case; the server upper-cases it). */
export const CASE_NO = /^[Ww][Zz]\d{12}$/;

/** A lookup code: twelve letters and digits of the tracking alphabet (either case). */
export const LOOKUP_CODE = /^[2-9A-HJ-NP-Za-hj-np-z]{12}$/;

/** A code key of categories: a lower-case letter, then letters, digits and underscores. */
export const CATEGORY_CODE = /^[a-z][a-z0-9_]{1,39}$/;

/** A code key of an extra question. */
export const ATTRIBUTE_CODE = /^[a-z][a-z0-9_]{0,39}$/;

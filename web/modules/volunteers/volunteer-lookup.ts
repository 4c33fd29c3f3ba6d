/** An exact lookup the volunteer list answers through keyed hashes: a mobile number or an ID number, the other left out. */
export interface ExactLookup {
  phone: string | undefined;
  idNumber: string | undefined;
}

const MOBILE = /^1[3-9]\d{9}$/;

/** Reads what was typed as a mobile number when it looks like one, otherwise as an ID number; blank clears both. */
export function exactLookup(text: string): ExactLookup {
  const value = text.replace(/\s+/g, '').toUpperCase();
  if (!value) return { phone: undefined, idNumber: undefined };
  return MOBILE.test(value) ? { phone: value, idNumber: undefined } : { phone: undefined, idNumber: value };
}

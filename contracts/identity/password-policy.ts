/** Minimum length of a password. */
export const PASSWORD_MIN_LENGTH = 8;

/** Whether a password meets the policy: at least 8 characters drawn from 3 of 4 classes. */
export function meetsPasswordPolicy(password: string): boolean {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > 128) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  return classes >= 3;
}

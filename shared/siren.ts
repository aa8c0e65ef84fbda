/**
 * SIREN: the 9-digit French company number, whose last digit is a Luhn key.
 * Users type it with spaces ("732 829 320"); we store the 9 digits.
 */
export function normaliseSiren(input: string): string {
  return input.replace(/[\s.\u00a0\u202f-]/g, '');
}

export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function isValidSiren(input: string): boolean {
  const digits = normaliseSiren(input);
  // 000 000 000 passes the key but is no company.
  return /^\d{9}$/.test(digits) && digits !== '000000000' && isLuhnValid(digits);
}

/** "732829320" -> "732 829 320", the way it is printed on French documents. */
export function formatSiren(digits: string): string {
  return /^\d{9}$/.test(digits)
    ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`
    : digits;
}

/** A record can be edited in place this long after it was made; later, corrections are new versions. */
export const EDIT_GRACE_HOURS = 24;

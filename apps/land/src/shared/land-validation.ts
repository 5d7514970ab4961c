/** Area in mu (亩) as a decimal string with at most 4 places; never a JSON number. */
export const AREA_MU_PATTERN = /^\d{1,10}(\.\d{1,4})?$/;


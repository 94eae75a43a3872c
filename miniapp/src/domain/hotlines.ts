/** Numbers that work anywhere in China, shown on every screen that offers help. */
export const POLICE_NUMBER = '110';
export const WOMEN_HOTLINE_NUMBER = '12338';

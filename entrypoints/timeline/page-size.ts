/** Applications read per page of the timeline's list: a screen and a half. */
export const PAGE_SIZE = 50;

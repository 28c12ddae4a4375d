export { CALENDAR_WORDS, interviewIcs, summaryOf, type CalendarWords, type InterviewEntry, type InterviewPerson } from './interview-ics';
export { calendarEventIds, calendarFileName, interviewEntry, type CalendarFilter, type EntryInput, type EntrySettings } from './interview-entry';

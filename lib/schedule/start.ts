/** Badge, alarms and notifications: kept right after a browser restart, a worker wake-up and every change. */
export function startSchedule(): void {
  // Filled in by the badge/alarms work (issue 7).
}

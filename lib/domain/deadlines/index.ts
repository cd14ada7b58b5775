export * from "./local-date";
export * from "./calendars";
export * from "./policies";
export * from "./compute-deadline";
export * from "./builtin-calendars";
export * from "./days-left";

import { describe, expect, it } from "vitest";
import { barLength, labelStep, niceMax, ticks } from "@/lib/domain/reports/chart-scale";
import { csvCell, csvLine } from "@/lib/domain/csv";
import { clausesOf, formatHours, listOf } from "@/lib/domain/reports/format";
import { formatDays, formatRate, onTimeSummary, rate, roundDays } from "@/lib/domain/reports/rates";
import { mondayOf, periodBounds, readReportQuery, reportsHref } from "@/lib/domain/reports/report-filters";
import { readTransparencyQuery, transparencyCsv, transparencyRows } from "@/lib/domain/reports/transparency";
import { weeklyBuckets, weekStarts } from "@/lib/domain/reports/weekly-buckets";

const NOW = new Date("2026-11-20T12:00:00Z"); // a Friday
const filtersOf = (params: Parameters<typeof readReportQuery>[0], now: Date) => readReportQuery(params, now).filters;
const transparencyOf = (params: Parameters<typeof readTransparencyQuery>[0], now: Date) =>
  readTransparencyQuery(params, now).params;

describe("report period and filters", () => {
  it("takes Monday as the first day of the week, as date_trunc('week') does", () => {
    expect(mondayOf("2026-11-16")).toBe("2026-11-16");
    expect(mondayOf("2026-11-22")).toBe("2026-11-16"); // Sunday
    expect(mondayOf("2026-11-20")).toBe("2026-11-16");
    expect(mondayOf("2027-01-01")).toBe("2026-12-28"); // across the year
  });

  it("defaults to the current week and the 11 before it", () => {
    expect(weekStarts("2026-08-31", "2026-11-20")).toHaveLength(12);
    expect(filtersOf({}, NOW)).toEqual({ from: "2026-08-31", to: "2026-11-20", view: "charts" });
  });

  it("keeps valid filters, drops malformed ones, and orders a reversed period", () => {
    expect(
      filtersOf(
        { from: "2026-10-01", to: "2026-10-31", type: "ACCESS", regime: "EU_GDPR", customerId: "nope", view: "table" },
        NOW,
      ),
    ).toEqual({ from: "2026-10-01", to: "2026-10-31", type: "ACCESS", regime: "EU_GDPR", view: "table" });
    expect(filtersOf({ from: "2026-02-30", to: "2026-10-31", type: "BOGUS" }, NOW)).toEqual({
      from: "2026-08-10", // 12 weeks ending with the week of `to`
      to: "2026-10-31",
      view: "charts",
    });
    expect(filtersOf({ from: "2026-10-31", to: "2026-10-01" }, NOW)).toMatchObject({
      from: "2026-10-01",
      to: "2026-10-31",
    });
    expect(filtersOf({ from: ["2026-10-01", "2026-01-01"], to: "" }, NOW)).toMatchObject({
      from: "2026-10-01",
      to: "2026-11-20",
    });
  });

  it("names what it left out: dates outside 2000-2100, periods over 10 years, unknown values", () => {
    const date = ["report_date"];
    expect(readReportQuery({ from: "1900-01-01", to: "9999-12-31" }, NOW)).toEqual({
      filters: { from: "2026-08-31", to: "2026-11-20", view: "charts" },
      errors: { from: date, to: date },
    });
    expect(readReportQuery({ from: "2010-01-01", to: "2026-10-31", type: "BOGUS" }, NOW)).toEqual({
      filters: { from: "2026-08-10", to: "2026-10-31", view: "charts" },
      errors: { from: ["period_too_long:10"], type: ["not_request_type"] },
    });
    // Exactly ten years is allowed, as are the bounds themselves.
    expect(readReportQuery({ from: "2016-10-31", to: "2026-10-31" }, NOW).errors).toEqual({});
    expect(readReportQuery({ from: "2091-01-01", to: "2100-12-31" }, NOW).errors).toEqual({});
    expect(readReportQuery({ from: "2000-01-01", to: "2009-12-31" }, NOW).errors).toEqual({});
    expect(readReportQuery({ to: "2026-02-30", view: "pie", colour: "red" }, NOW).errors).toEqual({
      to: date,
      view: ["charts_or_table"],
    });
  });

  it("turns the period into instants: from the start of `from` to the start of the day after `to`", () => {
    expect(periodBounds({ from: "2026-10-05", to: "2026-11-15" })).toEqual({
      start: new Date("2026-10-05T00:00:00.000Z"),
      end: new Date("2026-11-16T00:00:00.000Z"),
    });
  });

  it("writes the filters into the URL, the default view left out", () => {
    expect(reportsHref({ from: "2026-10-01", to: "2026-10-31", view: "charts" })).toBe(
      "/reports?from=2026-10-01&to=2026-10-31",
    );
    expect(reportsHref({ type: "ACCESS", view: "table" })).toBe("/reports?type=ACCESS&view=table");
    expect(reportsHref({})).toBe("/reports");
  });
});

describe("weekly buckets", () => {
  it("fills every week of the period and every key with zeros, and ignores rows outside", () => {
    const buckets = weeklyBuckets(
      [
        { week: "2026-10-05", key: "ACCESS", count: 3 },
        { week: "2026-10-05", key: "DELETION", count: 1 },
        { week: "2026-10-19", key: "ACCESS", count: 2 },
        { week: "2026-09-28", key: "ACCESS", count: 9 }, // before the period
        { week: "2026-10-19", key: "UNKNOWN", count: 9 },
      ],
      "2026-10-07", // a Wednesday: its week is the first bucket
      "2026-10-20",
      ["ACCESS", "DELETION"],
    );
    expect(buckets).toEqual([
      { week: "2026-10-05", counts: { ACCESS: 3, DELETION: 1 }, total: 4 },
      { week: "2026-10-12", counts: { ACCESS: 0, DELETION: 0 }, total: 0 },
      { week: "2026-10-19", counts: { ACCESS: 2, DELETION: 0 }, total: 2 },
    ]);
  });
});

describe("rates and formats", () => {
  it("has no rate without cases rather than 0%", () => {
    expect(rate(0, 0)).toBeNull();
    expect(formatRate(null)).toBe("—");
    expect(formatRate(5 / 6)).toBe("83.3%");
    expect(formatRate(1)).toBe("100.0%");
  });

  it("keeps extended cases apart and adds both for the total", () => {
    expect(onTimeSummary({ closed: 6, onTime: 5 }, { closed: 2, onTime: 1 })).toEqual({
      notExtended: { closed: 6, onTime: 5, rate: 5 / 6 },
      extended: { closed: 2, onTime: 1, rate: 0.5 },
      all: { closed: 8, onTime: 6, rate: 0.75 },
    });
    expect(onTimeSummary({ closed: 0, onTime: 0 }, { closed: 0, onTime: 0 }).all.rate).toBeNull();
  });

  it("formats days and hours with one decimal, the unit in the staff member's language", () => {
    expect(formatDays(20.25)).toBe("20.3");
    expect(formatDays(null)).toBe("—");
    expect(formatHours("en", 12)).toBe("12.0 h");
    expect(formatHours("en", 72)).toBe("3.0 d");
    expect(formatHours("en", null)).toBe("—");
    expect(formatHours("zh", 12)).toBe("12.0 小时");
    expect(formatHours("zh", 72)).toBe("3.0 天");
    expect(formatHours("zh", null)).toBe("—");
  });

  it("lists a chart summary's items in the staff member's language", () => {
    expect(listOf("en", ["Access 3", "Deletion 1", "Objection 2"])).toBe("Access 3, Deletion 1, Objection 2");
    expect(listOf("zh", ["查阅 3", "删除 1", "反对 2"])).toBe("查阅 3、删除 1、反对 2");
    expect(clausesOf("en", ["Acme 2 cases, median 1.0 h", "Beta 1 case, median —"])).toBe(
      "Acme 2 cases, median 1.0 h; Beta 1 case, median —",
    );
    expect(clausesOf("zh", ["甲 2 个案件，确认时间中位数 1.0 小时", "乙 1 个案件"])).toBe(
      "甲 2 个案件，确认时间中位数 1.0 小时；乙 1 个案件",
    );
  });

  it("picks round axis maxima and thins crowded labels", () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(1020)).toBe(2000);
    expect(niceMax(230)).toBe(250);
    expect(ticks(2500)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(ticks(2000)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(ticks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks(2)).toEqual([0, 1, 2]);
    expect(ticks(1)).toEqual([0, 1]);
    expect(labelStep(12)).toBe(1);
    expect(labelStep(52)).toBe(4);
  });
});

describe("bar lengths", () => {
  it("draws bars in proportion to their values and nothing for zero or no value", () => {
    expect(barLength(5, 10, 220)).toBe(110);
    expect(barLength(10, 10, 220)).toBe(220);
    expect(barLength(2.5, 10, 220) * 2).toBe(barLength(5, 10, 220));
    expect(barLength(0, 10, 220)).toBe(0);
    expect(barLength(null, 10, 220)).toBe(0);
    expect(barLength(-1, 10, 220)).toBe(0);
    expect(barLength(0.01, 10, 220)).toBeCloseTo(0.22); // no minimum width that makes small values look alike
    expect(barLength(12, 10, 220)).toBe(220);
  });

  it("draws days to close as rounded as they are shown: every bar labelled 0.0 d has no length", () => {
    const medians = [0.01, 0.04, 0.049, 0];
    const values = medians.map(roundDays);
    expect(medians.map(formatDays)).toEqual(["0.0", "0.0", "0.0", "0.0"]);
    const max = niceMax(Math.max(0, ...values.map((v) => v ?? 0)));
    expect(values.map((v) => barLength(v, max, 220))).toEqual([0, 0, 0, 0]);
    expect(roundDays(0.06)).toBe(0.1);
    expect(roundDays(null)).toBeNull();
  });
});

describe("CSV cells", () => {
  it("quotes what needs quoting and defuses formulas", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('a "quoted", text')).toBe('"a ""quoted"", text"');
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("-2,3")).toBe(`"'-2,3"`);
    expect(csvCell(-2)).toBe("-2"); // numbers are data, not formulas
    expect(csvLine(["a", null, 3])).toBe("a,,3\n");
  });
});

describe("transparency summary", () => {
  it("defaults to the last complete year and the JSON format; leaves out and names malformed values", () => {
    expect(transparencyOf({}, NOW)).toEqual({ year: 2025, format: "json" });
    expect(transparencyOf({ year: "2026", regime: "US_CA_CCPA", format: "csv" }, NOW)).toEqual({
      year: 2026,
      regime: "US_CA_CCPA",
      format: "csv",
    });
    expect(readTransparencyQuery({ year: "20x6", regime: "MARS", format: "xml" }, NOW)).toEqual({
      params: { year: 2025, format: "json" },
      errors: { year: ["report_year"], regime: ["not_regime"], format: ["json_or_csv"] },
    });
    for (const year of ["1999", "2101", "9999", "2026.5", "-2026"]) {
      expect(readTransparencyQuery({ year }, NOW).errors).toEqual({ year: ["report_year"] });
    }
  });

  it("lists every type in a fixed order with zeros, totals last, medians to one decimal, as CSV", () => {
    const rows = transparencyRows([
      {
        type: "ALL",
        received: 3,
        compliedInWhole: 2,
        compliedInPart: 0,
        denied: 1,
        withdrawnOrOther: 0,
        open: 0,
        medianDaysToRespond: 12.25,
      },
      {
        type: "ACCESS",
        received: 3,
        compliedInWhole: 2,
        compliedInPart: 0,
        denied: 1,
        withdrawnOrOther: 0,
        open: 0,
        medianDaysToRespond: 12.25,
      },
    ]);
    expect(rows.map((r) => r.type)).toEqual([
      "CORRECTION",
      "OBJECTION",
      "WITHDRAWAL",
      "ACCESS",
      "DELETION",
      "GUARDIAN_INQUIRY",
      "OTHER",
      "ALL",
    ]);
    expect(rows[0]).toMatchObject({ received: 0, medianDaysToRespond: null });
    expect(rows[3]!.medianDaysToRespond).toBe(12.3);
    const csv = transparencyCsv({ year: 2026, regime: null, rows }).split("\n");
    expect(csv[0]).toBe(
      "request_type,received,complied_in_whole,complied_in_part,denied,withdrawn_or_other,open,median_days_to_respond",
    );
    expect(csv[1]).toBe("CORRECTION,0,0,0,0,0,0,");
    expect(csv[4]).toBe("ACCESS,3,2,0,1,0,0,12.3");
    expect(csv[8]).toBe("ALL,3,2,0,1,0,0,12.3");
  });
});

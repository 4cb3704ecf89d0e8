/*
 * dates.h — calendar arithmetic of the dates stage (dates_calendar.c),
 * private to the engine and exposed to the unit tests.
 *
 * Days are counted from 1970-01-01 (day 0) in the proleptic Gregorian
 * calendar, as 64-bit integers, so no input year can overflow them; the
 * stage itself only resolves years 1 to 9999.  Weeks are ISO 8601 weeks:
 * Monday first, week 1 is the week that holds the year's first Thursday, so a
 * year has 52 or 53 weeks and its first days may belong to the previous
 * year's last week.
 */
#ifndef TF_DATES_H
#define TF_DATES_H

#include "textfacts.h"

/* the day number of y-m-d (m 1-12, d 1-31; not checked) */
extern int64_t tf_days_from_civil(int y, int m, int d);
/* the calendar date of day number z */
extern tf_date tf_civil_from_days(int64_t z);
/* ISO weekday of day z: 1 = Monday ... 7 = Sunday */
extern int	tf_iso_weekday(int64_t z);
/* the ISO week of day z: its week-numbering year and week (1-53) */
extern void tf_iso_week(int64_t z, int *wyear, int *week);
/* 52 or 53 */
extern int	tf_iso_weeks_in_year(int wyear);
/* the Monday of ISO week wyear-Wweek */
extern int64_t tf_iso_week_monday(int wyear, int week);
extern int	tf_days_in_month(int y, int m);
/* Easter Sunday of year y (Gregorian); the fourth Thursday of November (US Thanksgiving) */
extern int64_t tf_easter_sunday(int y);
extern int64_t tf_us_thanksgiving(int y);
/* true if d is a real calendar date of years 1-9999 */
extern bool tf_date_valid(const tf_date *d);

#endif							/* TF_DATES_H */

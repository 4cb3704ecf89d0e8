/*
 * dates_calendar.c — calendar arithmetic (dates.h): day numbers from
 * 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's civil-days
 * algorithms), ISO weeks and weekdays, month lengths.
 */
#include "dates.h"

int64_t
tf_days_from_civil(int y, int m, int d)
{
	int64_t		yy = (int64_t) y - (m <= 2 ? 1 : 0);
	int64_t		era = (yy >= 0 ? yy : yy - 399) / 400;
	int64_t		yoe = yy - era * 400;
	int64_t		doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	int64_t		doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

tf_date
tf_civil_from_days(int64_t z)
{
	tf_date		r;
	int64_t		era,
				doe,
				yoe,
				doy,
				mp,
				y;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	r.d = (int) (doy - (153 * mp + 2) / 5 + 1);
	r.m = (int) (mp < 10 ? mp + 3 : mp - 9);
	r.y = (int) (y + (r.m <= 2 ? 1 : 0));
	return r;
}

int
tf_iso_weekday(int64_t z)
{
	/* 1970-01-01 was a Thursday */
	return (int) (((z % 7) + 7 + 3) % 7) + 1;
}

void
tf_iso_week(int64_t z, int *wyear, int *week)
{
	/* the week belongs to the year of its Thursday */
	int64_t		thu = z - tf_iso_weekday(z) + 4;
	tf_date		t = tf_civil_from_days(thu);

	*wyear = t.y;
	*week = (int) ((thu - tf_days_from_civil(t.y, 1, 1)) / 7) + 1;
}

int
tf_iso_weeks_in_year(int wyear)
{
	int			y,
				w;

	/* 28 December is always in the last week of its year */
	tf_iso_week(tf_days_from_civil(wyear, 12, 28), &y, &w);
	return w;
}

int64_t
tf_iso_week_monday(int wyear, int week)
{
	int64_t		jan4 = tf_days_from_civil(wyear, 1, 4);

	return jan4 - (tf_iso_weekday(jan4) - 1) + 7 * (int64_t) (week - 1);
}

int
tf_days_in_month(int y, int m)
{
	static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dim[m - 1];
}

bool
tf_date_valid(const tf_date *d)
{
	return d->y >= 1 && d->y <= 9999 && d->m >= 1 && d->m <= 12 &&
		d->d >= 1 && d->d <= tf_days_in_month(d->y, d->m);
}

int64_t
tf_easter_sunday(int y)
{
	/* the Gregorian computus (the "anonymous" algorithm of Meeus) */
	int			a = y % 19,
				b = y / 100,
				c = y % 100,
				d = b / 4,
				e = b % 4,
				f = (b + 8) / 25,
				g = (b - f + 1) / 3,
				h = (19 * a + b - d - g + 15) % 30,
				i = c / 4,
				k = c % 4,
				l = (32 + 2 * e + 2 * i - h - k) % 7,
				m = (a + 11 * h + 22 * l) / 451,
				month = (h + l - 7 * m + 114) / 31,
				day = (h + l - 7 * m + 114) % 31 + 1;

	return tf_days_from_civil(y, month, day);
}

int64_t
tf_us_thanksgiving(int y)
{
	int64_t		nov1 = tf_days_from_civil(y, 11, 1);

	/* the fourth Thursday (ISO weekday 4) of November */
	return nov1 + (4 - tf_iso_weekday(nov1) + 7) % 7 + 21;
}

/*
 * factkey.c — fact keys: the bytes that stand for one distinct fact in a
 * factvector and in a GIN index, their text form, and the order-preserving
 * encodings of numbers and dates inside them (layout in factsearch.h).
 *
 * Why an encoding of our own rather than the digits: a GIN index compares
 * keys byte by byte, and a query such as money:USD>=1e9 must be one scan
 * from the first key that satisfies it to the last.  Text digits do not sort
 * by value ("9" > "10"); the encoding below does, negatives and fractions
 * included, and is still exact (no binary double anywhere).
 */
#include "factsearch_internal.h"
#include "figures.h"			/* tf_unit_canonical */

#include <stdio.h>

const char	tf_kinds_hint[] =
"The kinds are person, org, country, place, nationality, money, percent, number, quantity and date.";

/* ---- errors ---- */

void
tf_set_error(tf_parse_error *err, tf_errcode code, const char *input, size_t off,
			 const char *hint, const char *fmt,...)
{
	va_list		ap;
	int			chars = 0;

	for (size_t i = 0; i < off; i++)
		if (((unsigned char) input[i] & 0xC0) != 0x80)
			chars++;
	err->code = code;
	err->pos = chars + 1;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	snprintf(err->hint, sizeof(err->hint), "%s", hint ? hint : "");
}

int
tf_clip(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return (int) len;
	/* do not end inside a multi-byte character */
	while (max > 0 && ((unsigned char) s[max] & 0xC0) == 0x80)
		max--;
	return (int) max;
}

/* ---- output buffers ---- */

void
tf_buf_init(tf_buf *b, const tf_allocator *a)
{
	b->a = a;
	b->cap = 256;
	b->len = 0;
	b->max = TF_MAX_ALLOC - 1;
	b->data = a->alloc(a->ctx, b->cap);
	b->data[0] = '\0';
}

void
tf_buf_append(tf_buf *b, const char *s, size_t n)
{
	if (n > b->max || b->len > b->max - n)
		b->a->error(b->a->ctx, TF_MSG_OUTPUT_TOO_LONG);
	if (b->len + n + 1 > b->cap)
	{
		size_t		cap = b->cap;
		char	   *p;

		while (b->len + n + 1 > cap)
			cap *= 2;
		/* no more than the text and its NUL can ever need */
		if (cap > b->max + 1)
			cap = b->max + 1;
		p = b->a->alloc(b->a->ctx, cap);
		memcpy(p, b->data, b->len);
		b->a->free(b->a->ctx, b->data);
		b->data = p;
		b->cap = cap;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
tf_buf_putc(tf_buf *b, char c)
{
	tf_buf_append(b, &c, 1);
}

void
tf_buf_puts(tf_buf *b, const char *s)
{
	tf_buf_append(b, s, strlen(s));
}

void
tf_buf_put_quoted(tf_buf *b, const char *s, size_t n, char quote)
{
	size_t		run = 0;

	tf_buf_putc(b, quote);
	for (size_t k = 0; k < n; k++)
	{
		if (s[k] == quote || s[k] == '\\')
		{
			tf_buf_append(b, s + run, k - run);
			tf_buf_putc(b, '\\');
			run = k;
		}
	}
	tf_buf_append(b, s + run, n - run);
	tf_buf_putc(b, quote);
}

bool
tf_utf8_valid(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		if (s[i] == '\0' || tf_utf8_next(s, len, &i) < 0)
			return false;
	}
	return true;
}

/* ---- numbers ---- */

/*
 * A value v = sign * 0.d1 d2 ... dn * 10^E (d1 > 0, dn > 0) is written as
 *   zero      0x02
 *   positive  0x03, E + 128, the digits as '0'..'9'
 *   negative  0x01, 127 - E, each digit as '9' - d, 0xFF
 * Positives: a larger E is larger, then digits compare left to right and a
 * prefix is smaller (0.12 < 0.123).  Negatives invert both, and the 0xFF
 * terminator makes a prefix larger (-0.12 > -0.123).
 */
#define NUM_NEG		0x01
#define NUM_ZERO	0x02
#define NUM_POS		0x03

size_t
tf_numenc(const tf_decimal *d, uint8_t *out)
{
	char		digits[24];
	int			nd = 0;
	uint64_t	v = d->coef;
	int			e;

	if (v == 0)
	{
		out[0] = NUM_ZERO;
		return 1;
	}
	while (v > 0)
	{
		digits[nd++] = (char) ('0' + v % 10);
		v /= 10;
	}
	/* digits[] holds the least significant first */
	e = nd + d->exp;
	{
		int			lo = 0;

		/* trailing zeros do not change E and are not written */
		while (digits[lo] == '0')
			lo++;
		if (!d->neg)
		{
			size_t		o = 0;

			out[o++] = NUM_POS;
			out[o++] = (uint8_t) (e + 128);
			for (int k = nd - 1; k >= lo; k--)
				out[o++] = (uint8_t) digits[k];
			return o;
		}
		else
		{
			size_t		o = 0;

			out[o++] = NUM_NEG;
			out[o++] = (uint8_t) (127 - e);
			for (int k = nd - 1; k >= lo; k--)
				out[o++] = (uint8_t) ('9' - (digits[k] - '0'));
			out[o++] = 0xFF;
			return o;
		}
	}
}

bool
tf_numdec(const uint8_t *s, size_t len, tf_decimal *d)
{
	uint8_t		check[TF_NUMENC_MAX];
	size_t		nd;
	int			e;
	bool		neg;
	tf_decimal	r = {0, 0, false};

	if (len == 1 && s[0] == NUM_ZERO)
	{
		*d = r;
		return true;
	}
	if (len < 3 || len > TF_NUMENC_MAX || (s[0] != NUM_POS && s[0] != NUM_NEG))
		return false;
	neg = s[0] == NUM_NEG;
	if (neg)
	{
		if (len < 4 || s[len - 1] != 0xFF)
			return false;
		e = 127 - (int) s[1];
		nd = len - 3;
	}
	else
	{
		e = (int) s[1] - 128;
		nd = len - 2;
	}
	if (nd > 20)
		return false;
	for (size_t k = 0; k < nd; k++)
	{
		int			c = s[2 + k];
		uint64_t	digit;

		if (c < '0' || c > '9')
			return false;
		digit = (uint64_t) (neg ? '9' - c : c - '0');
		if (r.coef > (UINT64_MAX - digit) / 10)
			return false;
		r.coef = r.coef * 10 + digit;
	}
	r.neg = neg;
	{
		long		exp = (long) e - (long) nd;

		/* scale up a coefficient whose exponent is out of range */
		while (exp > TF_DECIMAL_MAX_EXP && r.coef <= UINT64_MAX / 10)
		{
			r.coef *= 10;
			exp--;
		}
		if (exp > TF_DECIMAL_MAX_EXP || exp < -TF_DECIMAL_MAX_EXP)
			return false;
		r.exp = (int32_t) exp;
	}
	/* canonical: the encoding of the value is exactly these bytes */
	if (tf_numenc(&r, check) != len || memcmp(check, s, len) != 0)
		return false;
	*d = r;
	return true;
}

/* ---- dates ---- */

/* days since 1970-01-01 of a proleptic Gregorian date (no checks) */
static long
civil_days(long y, int m, int d)
{
	long		era,
				yoe,
				doy,
				doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* 0001-01-01 is day 1 */
#define DAY_BIAS 719163L

static bool
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
month_days(int y, int m)
{
	static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	return m == 2 && is_leap(y) ? 29 : md[m - 1];
}

int32_t
tf_day_number(int y, int m, int d)
{
	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > month_days(y, m))
		return 0;
	return (int32_t) (civil_days(y, m, d) + DAY_BIAS);
}

void
tf_day_ymd(int32_t day, int *y, int *m, int *d)
{
	long		z = (long) day - DAY_BIAS + 719468;
	long		era = (z >= 0 ? z : z - 146096) / 146097;
	long		doe = z - era * 146097;
	long		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long		mp = (5 * doy + 2) / 153;
	int			dd = (int) (doy - (153 * mp + 2) / 5 + 1);
	int			mm = (int) (mp < 10 ? mp + 3 : mp - 9);

	*y = (int) (yoe + era * 400 + (mm <= 2));
	*m = mm;
	*d = dd;
}

/* Monday of ISO week 1 of year y, as a day number */
static long
iso_week1_monday(long y)
{
	long		jan4 = civil_days(y, 1, 4) + DAY_BIAS;
	long		wd = (jan4 - 1) % 7;	/* 0001-01-01 was a Monday: 0 = Monday */

	return jan4 - wd;
}

static bool
all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

static int
num_of(const char *s, size_t n)
{
	int			v = 0;

	for (size_t i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/* the interval of one TIMEX3 value (no "/"): see tf_timex_interval */
static int
timex_one(const char *s, size_t len, int32_t *from, int32_t *to)
{
	int			y;
	size_t		nd = 0;

	/* a year of five digits or more is on no calendar the engine writes */
	while (nd < len && s[nd] >= '0' && s[nd] <= '9')
		nd++;
	if (nd > 4 && (nd == len || s[nd] == '-'))
		return -1;
	if (len < 4 || !all_digits(s, 4) || (len > 4 && s[4] != '-'))
		return 0;
	y = num_of(s, 4);
	if (len == 4)
	{
		if (y < 1)
			return -1;
		*from = tf_day_number(y, 1, 1);
		*to = tf_day_number(y, 12, 31);
		return 1;
	}
	if (len == 7 && all_digits(s + 5, 2))
	{
		int			m = num_of(s + 5, 2);

		if (y < 1 || m < 1 || m > 12)
			return -1;
		*from = tf_day_number(y, m, 1);
		*to = tf_day_number(y, m, month_days(y, m));
		return 1;
	}
	if (len == 10 && all_digits(s + 5, 2) && s[7] == '-' && all_digits(s + 8, 2))
	{
		int32_t		day = tf_day_number(y, num_of(s + 5, 2), num_of(s + 8, 2));

		if (day == 0)
			return -1;
		*from = *to = day;
		return 1;
	}
	if (len == 8 && s[5] == 'W' && all_digits(s + 6, 2))
	{
		int			w = num_of(s + 6, 2);
		long		mon1,
					weeks;

		if (y < 1)
			return -1;
		mon1 = iso_week1_monday(y);
		weeks = (iso_week1_monday(y + 1) - mon1) / 7;
		if (w < 1 || w > weeks)
			return -1;
		*from = (int32_t) (mon1 + 7 * (w - 1));
		*to = *from + 6;
		/* the last week of 9999 ends with the calendar, on 9999-12-31 */
		if (*to > tf_day_number(9999, 12, 31))
			*to = tf_day_number(9999, 12, 31);
		return 1;
	}
	if (len == 7 && (s[5] == 'Q' || s[5] == 'H') && all_digits(s + 6, 1))
	{
		int			n = s[6] - '0';
		int			months = s[5] == 'Q' ? 3 : 6;
		int			m1,
					m2;

		if (y < 1 || n < 1 || n > 12 / months)
			return -1;
		m1 = (n - 1) * months + 1;
		m2 = n * months;
		*from = tf_day_number(y, m1, 1);
		*to = tf_day_number(y, m2, month_days(y, m2));
		return 1;
	}
	return 0;
}

int
tf_timex_interval(const char *s, size_t len, int32_t *from, int32_t *to)
{
	const char *slash = memchr(s, '/', len);
	int32_t		f1,
				t1,
				f2,
				t2;
	int			r1,
				r2;

	if (slash == NULL)
		return timex_one(s, len, from, to);

	/*
	 * An ISO 8601 interval of two values ("2020/2023", "2024-10-02/2024-10-22"),
	 * as the dates stage writes a range: from the first day of the one to the
	 * last day of the other.
	 */
	r1 = timex_one(s, (size_t) (slash - s), &f1, &t1);
	r2 = timex_one(slash + 1, len - (size_t) (slash - s) - 1, &f2, &t2);
	if (r1 == 0 || r2 == 0)
		return 0;
	if (r1 < 0 || r2 < 0 || f1 > t2)
		return -1;
	*from = f1;
	*to = t2;
	return 1;
}

/* a YYYY-MM-DD date of s[0..10), or 0 */
static int32_t
parse_ymd(const char *s, size_t len)
{
	if (len != 10 || !all_digits(s, 4) || s[4] != '-' || !all_digits(s + 5, 2) ||
		s[7] != '-' || !all_digits(s + 8, 2))
		return 0;
	return tf_day_number(num_of(s, 4), num_of(s + 5, 2), num_of(s + 8, 2));
}

/* ---- keys ---- */

const char	tf_calendar_hint[] =
"A date must be on the calendar: a year from 1 to 9999, months 01 to 12, the days of the month, the weeks of the ISO year.";

const char *
tf_figure_unit_error(int kind, const char *unit, size_t len, const char **what)
{
	switch (kind)
	{
		case TF_MONEY:
			{
				char		code[4];

				*what = "currency";
				if (len == 0)
					return NULL;
				if (len == 3)
				{
					memcpy(code, unit, 3);
					code[3] = '\0';
					if (tf_currency_known(code))
						return NULL;
				}
				return "Money is keyed by an ISO 4217 code, current or historic (USD, EUR, PKR, FRF), or by no code when the text leaves the currency open: 'money::500'.";
			}
		case TF_PERCENT:
			*what = "percent unit";
			if (tf_unit_canonical(TF_PERCENT, unit, len))
				return NULL;
			return "A percentage's unit is % (per cent), pp (percentage points) or bp (basis points).";
		case TF_QUANTITY:
			*what = "quantity unit";
			if (tf_unit_canonical(TF_QUANTITY, unit, len))
				return NULL;
			return "A quantity's unit is one textfacts writes, such as barrel/day, barrel, tonne, m3, kg, km or MW (the README lists them).";
		default:
			*what = "unit";
			return NULL;
	}
}

static const char *
find_last(const char *s, size_t len, char c)
{
	for (size_t i = len; i > 0; i--)
		if (s[i - 1] == c)
			return s + i - 1;
	return NULL;
}

/*
 * Writes a figure key [kind] unit 0x00 number; 0 with *err if too long.
 * unit is upper-cased for money (ISO 4217 codes).
 */
static size_t
figure_key(int kind, const char *unit, size_t ulen, const tf_decimal *value, uint8_t *out)
{
	uint8_t		num[TF_NUMENC_MAX];
	size_t		nlen = tf_numenc(value, num);
	size_t		o = 0;

	if (1 + ulen + 1 + nlen > TF_KEY_MAX)
		return 0;
	out[o++] = (uint8_t) (kind + 1);
	for (size_t i = 0; i < ulen; i++)
		out[o++] = (uint8_t) (kind == TF_MONEY ? tf_ascii_upper(unit[i]) : unit[i]);
	out[o++] = 0;
	memcpy(out + o, num, nlen);
	return o + nlen;
}

static size_t
date_key(const char *norm, size_t nlen, bool has_interval, int32_t from, int32_t to,
		 uint8_t *out)
{
	size_t		o = 0;

	if (TF_DATE_HDR(has_interval ? TF_DATE_INTERVAL : TF_DATE_NONE) + nlen > TF_KEY_MAX)
		return 0;
	out[o++] = (uint8_t) (TF_DATE + 1);
	out[o++] = has_interval ? TF_DATE_INTERVAL : TF_DATE_NONE;
	if (has_interval)
	{
		tf_put_be32(out + o, (uint32_t) from);
		tf_put_be32(out + o + 4, (uint32_t) to);
		o += 8;
	}
	memcpy(out + o, norm, nlen);
	return o + nlen;
}

/*
 * The unit and value of a figure key, r[0..rlen) after "kind:" (the key
 * starts at input[off]): "USD:3000000000", ":70".
 */
static size_t
parse_figure_key(const char *input, size_t off, int kind, const char *r, size_t rlen,
				 uint8_t *out, tf_parse_error *err)
{
	size_t		roff = off + (size_t) (r - (input + off));
	size_t		n;
	const char *lc = find_last(r, rlen, ':');
	tf_decimal	v;
	size_t		ulen;

	if (lc == NULL)
	{
		tf_set_error(err, TF_ERR_SYNTAX, input, roff,
					 "A figure key is kind:unit:value, with an empty unit for none: 'money:USD:3000000000', 'number::70'.",
					 "figure key needs a unit and a value");
		return 0;
	}
	ulen = (size_t) (lc - r);
	{
		char		upper[4];
		const char *unit = r;
		const char *what;
		const char *hint;

		/* money units are compared in upper case, as figure_key writes them */
		if (kind == TF_MONEY && ulen == 3)
		{
			tf_ascii_upper_copy(upper, r, 3);
			upper[3] = '\0';
			unit = upper;
		}
		hint = tf_figure_unit_error(kind, unit, ulen, &what);
		if (hint != NULL)
		{
			tf_set_error(err, TF_ERR_VALUE, input, roff, hint, "unknown %s \"%.*s\"",
						 what, tf_clip(r, ulen, 40), r);
			return 0;
		}
	}
	if (!tf_decimal_parse(lc + 1, rlen - ulen - 1, &v))
	{
		tf_set_error(err, TF_ERR_SYNTAX, input, roff + ulen + 1,
					 "Write numbers as digits with an optional decimal point and exponent: 1e9, 2.5, -3.",
					 "invalid number \"%.*s\"", tf_clip(lc + 1, rlen - ulen - 1, 40), lc + 1);
		return 0;
	}
	n = figure_key(kind, r, ulen, &v, out);
	if (n == 0)
		tf_set_error(err, TF_ERR_LIMIT, input, off, NULL,
					 "fact key is longer than %d bytes", TF_KEY_MAX);
	return n;
}

/*
 * The value of a date key, r[0..rlen) after "date:" (the key starts at
 * input[off]): a TIMEX3 value, and "@YYYY-MM-DD..YYYY-MM-DD" where it
 * cannot be derived from the value.
 */
static size_t
parse_date_key(const char *input, size_t off, const char *r, size_t rlen, uint8_t *out,
			   tf_parse_error *err)
{
	size_t		roff = off + (size_t) (r - (input + off));
	size_t		n;
	const char *at = memchr(r, '@', rlen);
	size_t		nlen = at ? (size_t) (at - r) : rlen;
	int32_t		from = 0,
				to = 0;
	int			derived;
	bool		has = false;

	if (nlen == 0)
	{
		tf_set_error(err, TF_ERR_SYNTAX, input, roff, NULL, "date key has an empty value");
		return 0;
	}
	derived = tf_timex_interval(r, nlen, &from, &to);
	if (derived < 0)
	{
		tf_set_error(err, TF_ERR_VALUE, input, roff, tf_calendar_hint,
					 "invalid date \"%.*s\"", tf_clip(r, nlen, 40), r);
		return 0;
	}
	has = derived > 0;
	if (at != NULL)
	{
		const char *iv = at + 1;
		size_t		ivlen = rlen - nlen - 1;

		if (ivlen != 22 || iv[10] != '.' || iv[11] != '.' ||
			(from = parse_ymd(iv, 10)) == 0 || (to = parse_ymd(iv + 12, 10)) == 0 ||
			from > to)
		{
			tf_set_error(err, TF_ERR_SYNTAX, input, roff + nlen + 1,
						 "A date key's interval is written date:VALUE@YYYY-MM-DD..YYYY-MM-DD, the first day not after the last.",
						 "invalid date interval");
			return 0;
		}
		has = true;
	}
	n = date_key(r, nlen, has, from, to, out);
	if (n == 0)
		tf_set_error(err, TF_ERR_LIMIT, input, off, NULL,
					 "fact key is longer than %d bytes", TF_KEY_MAX);
	return n;
}

size_t
tf_factkey_parse(const char *input, size_t off, size_t len, uint8_t *out,
				 tf_parse_error *err)
{
	const char *t = input + off;
	const char *colon = memchr(t, ':', len);
	const char *r;
	size_t		rlen;
	size_t		roff;
	int			kind;

	if (colon == NULL)
	{
		tf_set_error(err, TF_ERR_SYNTAX, input, off,
					 "A key is kind:value, as in 'country:PK' or 'money:USD:3000000000'.",
					 "fact key has no \":\"");
		return 0;
	}
	kind = tf_kind_from_name(t, (size_t) (colon - t));
	if (kind < 0)
	{
		tf_set_error(err, TF_ERR_SYNTAX, input, off, tf_kinds_hint,
					 "unknown fact kind \"%.*s\"", tf_clip(t, (size_t) (colon - t), 40), t);
		return 0;
	}
	r = colon + 1;
	roff = off + (size_t) (r - t);
	rlen = len - (size_t) (r - t);
	if (!tf_utf8_valid(r, rlen))
	{
		tf_set_error(err, TF_ERR_SYNTAX, input, roff, NULL,
					 "fact key is not valid UTF-8 or holds a NUL byte");
		return 0;
	}

	if (tf_kind_is_figure(kind))
		return parse_figure_key(input, off, kind, r, rlen, out, err);
	if (rlen == 0)
	{
		tf_set_error(err, TF_ERR_SYNTAX, input, roff, NULL, "fact key has an empty value");
		return 0;
	}

	if (kind == TF_DATE)
		return parse_date_key(input, off, r, rlen, out, err);
	if (kind == TF_COUNTRY || kind == TF_NATIONALITY)
	{
		const char *code = tf_country_code(r, rlen);

		if (code == NULL)
		{
			tf_set_error(err, TF_ERR_VALUE, input, roff,
						 "Use an ISO 3166 code or an English name, as in country:PK or country:pakistan.",
						 "unknown country \"%.*s\"", tf_clip(r, rlen, 40), r);
			return 0;
		}
		r = code;
		rlen = strlen(code);
	}
	if (1 + rlen > TF_KEY_MAX)
	{
		tf_set_error(err, TF_ERR_LIMIT, input, off, NULL,
					 "fact key is longer than %d bytes", TF_KEY_MAX);
		return 0;
	}
	out[0] = (uint8_t) (kind + 1);
	memcpy(out + 1, r, rlen);
	return 1 + rlen;
}

size_t
tf_factkey_from_text(const char *text, size_t len, uint8_t *out, tf_parse_error *err)
{
	return tf_factkey_parse(text, 0, len, out, err);
}

size_t
tf_factkey_to_text(const uint8_t *key, size_t len, char *buf)
{
	int			kind = tf_key_kind(key, len);
	const char *name;
	size_t		o;

	if (kind < 0 || len > TF_KEY_MAX)
	{
		buf[0] = '\0';
		return 0;
	}
	name = tf_kind_name((tf_kind) kind);
	o = strlen(name);
	memcpy(buf, name, o);
	buf[o++] = ':';

	if (tf_kind_is_figure(kind))
	{
		const uint8_t *z = memchr(key + 1, 0, len - 1);
		tf_decimal	v;
		size_t		ulen;

		if (z == NULL)
		{
			buf[o] = '\0';
			return o;
		}
		ulen = (size_t) (z - (key + 1));
		memcpy(buf + o, key + 1, ulen);
		o += ulen;
		buf[o++] = ':';
		if (tf_numdec(z + 1, len - ulen - 2, &v))
			o += tf_decimal_format(&v, buf + o, TF_DECIMAL_BUFSIZE);
		buf[o] = '\0';
		return o;
	}
	if (kind == TF_DATE)
	{
		size_t		hdr;
		int32_t		from,
					to,
					dfrom,
					dto;

		if (len < 2 || key[1] > TF_DATE_INTERVAL || len < TF_DATE_HDR(key[1]))
		{
			buf[o] = '\0';
			return o;
		}
		hdr = TF_DATE_HDR(key[1]);
		memcpy(buf + o, key + hdr, len - hdr);
		o += len - hdr;
		if (key[1] == TF_DATE_INTERVAL)
		{
			from = (int32_t) tf_get_be32(key + 2);
			to = (int32_t) tf_get_be32(key + 6);
			if (tf_timex_interval((const char *) key + hdr, len - hdr, &dfrom, &dto) != 1 ||
				dfrom != from || dto != to)
			{
				int			y1,
							m1,
							d1,
							y2,
							m2,
							d2;

				tf_day_ymd(from, &y1, &m1, &d1);
				tf_day_ymd(to, &y2, &m2, &d2);
				/* years stay within 4 digits for a valid key; clamp the rest */
				o += (size_t) snprintf(buf + o, TF_KEY_TEXT_MAX - o, "@%04d-%02d-%02d..%04d-%02d-%02d",
									   y1 % 100000, m1, d1, y2 % 100000, m2, d2);
			}
		}
		buf[o] = '\0';
		return o;
	}
	memcpy(buf + o, key + 1, len - 1);
	o += len - 1;
	buf[o] = '\0';
	return o;
}

bool
tf_factkey_valid(const uint8_t *key, size_t len)
{
	char		text[TF_KEY_TEXT_MAX];
	uint8_t		again[TF_KEY_MAX];
	tf_parse_error err;
	size_t		tlen,
				n;

	if (len == 0 || len > TF_KEY_MAX || tf_key_kind(key, len) < 0)
		return false;
	/* a key is canonical when its text form parses back to the same bytes */
	tlen = tf_factkey_to_text(key, len, text);
	if (tlen == 0)
		return false;
	n = tf_factkey_parse(text, 0, tlen, again, &err);
	return n == len && memcmp(again, key, len) == 0;
}

size_t
tf_factkey_from_fact(const tf_fact *f, const char *text, uint8_t *out)
{
	const char *norm = f->norm ? f->norm : text + f->bpos;
	size_t		nlen = f->norm ? strlen(f->norm) : f->blen;
	size_t		n;

	if ((int) f->kind < 0 || f->kind >= TF_NKINDS)
		return 0;
	if (tf_kind_is_figure(f->kind))
	{
		if (!f->has_value)
			return 0;
		n = figure_key(f->kind, f->unit ? f->unit : "", f->unit ? strlen(f->unit) : 0,
					   &f->value, out);
	}
	else if (f->kind == TF_DATE)
	{
		const tf_detail *df = tf_fact_detail(f, "from");
		const tf_detail *dt = tf_fact_detail(f, "to");
		int32_t		from = 0,
					to = 0;
		bool		has = false;

		if (df && dt && df->str && dt->str)
		{
			from = parse_ymd(df->str, strlen(df->str));
			to = parse_ymd(dt->str, strlen(dt->str));
			has = from != 0 && to != 0 && from <= to;
		}
		if (!has)
			has = tf_timex_interval(norm, nlen, &from, &to) == 1;
		n = date_key(norm, nlen, has, from, to, out);
	}
	else
	{
		if (1 + nlen > TF_KEY_MAX)
			return 0;
		out[0] = (uint8_t) (f->kind + 1);
		memcpy(out + 1, norm, nlen);
		n = 1 + nlen;
	}
	/* the engine's output is trusted, but a key must be canonical to be found */
	if (n == 0 || !tf_factkey_valid(out, n))
		return 0;
	return n;
}

/*
 * Unit tests of fact keys, factvector and factquery (src/core/factkey.c,
 * factvector.c, factquery_*.c): the order of encoded numbers and dates, key
 * text forms, vector text and wire forms with their rejections, query
 * canonical forms, errors with positions, and matching.
 */
#include "tap.h"
#include "factsearch.h"

static const tf_allocator *A = &tf_malloc_allocator;

/* ---- helpers ---- */

static tf_fv_header *
vec(const char *s)
{
	tf_parse_error err;
	size_t		size;

	return tf_fv_parse_text(A, 0, s, strlen(s), &size, &err);
}

static tf_fq_header *
query(const char *s, tf_parse_error *err)
{
	size_t		size;

	return tf_fq_parse(A, 0, s, strlen(s), &size, err);
}

static int
sign(int c)
{
	return c < 0 ? -1 : c > 0;
}

static uint64_t rng = 88172645463325252ull;

static uint64_t
next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* ---- numbers ---- */

static void
test_numbers(void)
{
	/* ascending, with equal neighbours written differently */
	static const char *const sorted[] = {
		"-1e40", "-12345678901234567890", "-1000", "-999.5", "-10", "-9.99", "-1",
		"-0.5", "-0.123", "-0.12", "-0.1", "-1e-40", "0", "1e-40", "0.1", "0.12", "0.123",
		"0.5", "1", "1.5", "9.99", "10", "99", "100", "1e3", "3e9", "3000000001",
		"1844674407370955161", "1e40"
	};
	int			n = (int) (sizeof(sorted) / sizeof(sorted[0]));
	int			bad_order = 0,
				bad_round = 0;

	for (int i = 0; i < n; i++)
	{
		tf_decimal	a,
					back;
		uint8_t		ea[TF_NUMENC_MAX];
		size_t		la;

		if (!tf_decimal_parse(sorted[i], strlen(sorted[i]), &a))
		{
			ok(0, "parse %s", sorted[i]);
			continue;
		}
		la = tf_numenc(&a, ea);
		if (!tf_numdec(ea, la, &back) || tf_decimal_cmp(&a, &back) != 0)
			bad_round++;
		for (int j = 0; j < n; j++)
		{
			tf_decimal	b;
			uint8_t		eb[TF_NUMENC_MAX];
			size_t		lb;

			tf_decimal_parse(sorted[j], strlen(sorted[j]), &b);
			lb = tf_numenc(&b, eb);
			if (sign(tf_key_cmp(ea, la, eb, lb)) != sign(tf_decimal_cmp(&a, &b)))
				bad_order++;
		}
	}
	ok(bad_order == 0, "encoded numbers sort as their values (%d pairs wrong)", bad_order);
	ok(bad_round == 0, "encoded numbers decode to their values");

	/* random values: byte order equals numeric order, equal values encode equally */
	bad_order = 0;
	for (int k = 0; k < 20000; k++)
	{
		tf_decimal	a = {next_rand() % (k % 3 ? 1000 : UINT64_MAX), (int) (next_rand() % 21) - 10,
		next_rand() & 1};
		tf_decimal	b = {next_rand() % (k % 3 ? 1000 : UINT64_MAX), (int) (next_rand() % 21) - 10,
		next_rand() & 1};
		uint8_t		ea[TF_NUMENC_MAX],
					eb[TF_NUMENC_MAX];
		size_t		la = tf_numenc(&a, ea),
					lb = tf_numenc(&b, eb);

		if (sign(tf_key_cmp(ea, la, eb, lb)) != sign(tf_decimal_cmp(&a, &b)))
			bad_order++;
	}
	ok(bad_order == 0, "20000 random pairs: byte order is numeric order (%d wrong)", bad_order);

	{
		static const uint8_t noncanon[][5] = {
			{0x03, 0x81, '1', '0', 0},	/* trailing zero digit */
			{0x03, 0x81, '0', '1', 0},	/* leading zero digit */
			{0x01, 0x7E, '8', 0x00, 0},	/* no terminator */
			{0x02, 0x00, 0, 0, 0},	/* zero with a tail */
			{0x04, 0x81, '1', 0, 0},	/* unknown class */
		};
		static const size_t lens[] = {4, 4, 3, 2, 3};
		int			accepted = 0;
		tf_decimal	d;

		for (int i = 0; i < 5; i++)
			if (tf_numdec(noncanon[i], lens[i], &d))
				accepted++;
		ok(accepted == 0, "non-canonical number encodings are rejected");
	}
}

/* ---- dates ---- */

static void
test_dates(void)
{
	static const struct
	{
		const char *v;
		int			r;
		const char *from;
		const char *to;
	}			cases[] = {
		{"2024", 1, "2024-01-01", "2024-12-31"},
		{"2024-02", 1, "2024-02-01", "2024-02-29"},
		{"2023-02", 1, "2023-02-01", "2023-02-28"},
		{"2024-10-08", 1, "2024-10-08", "2024-10-08"},
		{"2024-W40", 1, "2024-09-30", "2024-10-06"},
		{"2020-W53", 1, "2020-12-28", "2021-01-03"},
		{"2025-W01", 1, "2024-12-30", "2025-01-05"},
		{"2024-Q3", 1, "2024-07-01", "2024-09-30"},
		{"2024-H2", 1, "2024-07-01", "2024-12-31"},
		{"0001-01-01", 1, "0001-01-01", "0001-01-01"},
		{"9999-12", 1, "9999-12-01", "9999-12-31"},
		{"9999-W52", 1, "9999-12-27", "9999-12-31"},	/* the calendar ends on a Friday */
		{"0001-W01", 1, "0001-01-01", "0001-01-07"},
		{"2024-13", -1, NULL, NULL},
		{"2023-02-29", -1, NULL, NULL},
		{"2024-W53", -1, NULL, NULL},
		{"2024-Q5", -1, NULL, NULL},
		{"2024-H3", -1, NULL, NULL},
		{"0000", -1, NULL, NULL},
		{"XXXX-09", 0, NULL, NULL},
		{"PRESENT_REF", 0, NULL, NULL},
		{"2024-09-01T10:00", 0, NULL, NULL},
		{"202", 0, NULL, NULL},
		{"2024-9", 0, NULL, NULL},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		int32_t		from = 0,
					to = 0;
		int			r = tf_timex_interval(cases[i].v, strlen(cases[i].v), &from, &to);
		char		got[64] = "";

		if (r == 1)
		{
			int			y1,
						m1,
						d1,
						y2,
						m2,
						d2;

			tf_day_ymd(from, &y1, &m1, &d1);
			tf_day_ymd(to, &y2, &m2, &d2);
			snprintf(got, sizeof(got), "%04d-%02d-%02d %04d-%02d-%02d", y1, m1, d1, y2, m2, d2);
		}
		if (cases[i].r == 1)
		{
			char		want[64];

			snprintf(want, sizeof(want), "%s %s", cases[i].from, cases[i].to);
			ok(r == 1 && strcmp(got, want) == 0, "TIMEX3 %s is %s (got %s)", cases[i].v, want, got);
		}
		else
			ok(r == cases[i].r, "TIMEX3 %s gives %d (got %d)", cases[i].v, cases[i].r, r);
	}
	ok(tf_day_number(1, 1, 1) == 1 && tf_day_number(2024, 2, 30) == 0 &&
	   tf_day_number(2024, 3, 1) == tf_day_number(2024, 2, 29) + 1, "day numbers");
}

/* ---- keys ---- */

static void
test_keys(void)
{
	static const struct
	{
		const char *in;
		const char *out;		/* NULL: an error at pos */
		int			pos;
		int			code;		/* of the error */
	}			cases[] = {
		{"country:PK", "country:PK", 0, TF_OK},
		{"country:pakistan", "country:PK", 0, TF_OK},
		{"country:PAK", "country:PK", 0, TF_OK},
		{"nationality:pk", "nationality:PK", 0, TF_OK},
		{"person:Khawaja Muhammad Asif", "person:Khawaja Muhammad Asif", 0, TF_OK},
		{"org:S&P: Global", "org:S&P: Global", 0, TF_OK},
		{"money:USD:3000000000", "money:USD:3000000000", 0, TF_OK},
		{"money:usd:3e9", "money:USD:3000000000", 0, TF_OK},
		{"money:USD:1.10", "money:USD:1.1", 0, TF_OK},
		{"percent:%:6.9", "percent:%:6.9", 0, TF_OK},
		{"percent:bp:200", "percent:bp:200", 0, TF_OK},
		{"number::70", "number::70", 0, TF_OK},
		{"number:businesspersons:70", "number:businesspersons:70", 0, TF_OK},
		{"quantity:barrel/day:5", "quantity:barrel/day:5", 0, TF_OK},
		{"quantity:MW:500", "quantity:MW:500", 0, TF_OK},
		{"money::500", "money::500", 0, TF_OK},
		{"money:frf:10", "money:FRF:10", 0, TF_OK},
		{"percent:pp:0.5", "percent:pp:0.5", 0, TF_OK},
		{"number:a:b:5", "number:a:b:5", 0, TF_OK},
		{"date:2024-09", "date:2024-09", 0, TF_OK},
		{"date:2024-09@2024-09-01..2024-09-30", "date:2024-09", 0, TF_OK},
		{"date:2024-09@2024-09-01..2024-09-10", "date:2024-09@2024-09-01..2024-09-10", 0, TF_OK},
		{"date:XXXX-09", "date:XXXX-09", 0, TF_OK},
		{"date:PRESENT_REF@2024-10-08..2024-10-08", "date:PRESENT_REF@2024-10-08..2024-10-08", 0, TF_OK},
		{"country", NULL, 1, TF_ERR_SYNTAX},
		{"planet:Mars", NULL, 1, TF_ERR_SYNTAX},
		{"Country:PK", NULL, 1, TF_ERR_SYNTAX},
		{"country:", NULL, 9, TF_ERR_SYNTAX},
		{"country:Atlantis", NULL, 9, TF_ERR_VALUE},
		{"money:ZZZ:5", NULL, 7, TF_ERR_VALUE},
		{"money:USDX:5", NULL, 7, TF_ERR_VALUE},
		{"percent:zz:5", NULL, 9, TF_ERR_VALUE},
		{"percent::5", NULL, 9, TF_ERR_VALUE},
		{"quantity:a:b:5", NULL, 10, TF_ERR_VALUE},
		{"quantity:mw:5", NULL, 10, TF_ERR_VALUE},
		{"date:99999999999999999999-01-01", NULL, 6, TF_ERR_VALUE},
		{"date:10000", NULL, 6, TF_ERR_VALUE},
		{"money:USD", NULL, 7, TF_ERR_SYNTAX},
		{"money:USD:", NULL, 11, TF_ERR_SYNTAX},
		{"money:USD:1,000", NULL, 11, TF_ERR_SYNTAX},
		{"date:2024-13", NULL, 6, TF_ERR_VALUE},
		{"date:2024@2024-01-01", NULL, 11, TF_ERR_SYNTAX},
		{"date:2024@2024-02-01..2024-01-01", NULL, 11, TF_ERR_SYNTAX},
		{"date:@2024-01-01..2024-01-02", NULL, 6, TF_ERR_SYNTAX},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		uint8_t		key[TF_KEY_MAX];
		char		text[TF_KEY_TEXT_MAX];
		tf_parse_error err;
		size_t		n = tf_factkey_from_text(cases[i].in, strlen(cases[i].in), key, &err);

		if (cases[i].out)
		{
			size_t		t = n ? tf_factkey_to_text(key, n, text) : 0;

			ok(n > 0 && t == strlen(cases[i].out) && memcmp(text, cases[i].out, t) == 0 &&
			   tf_factkey_valid(key, n),
			   "key %s -> %s", cases[i].in, cases[i].out);
		}
		else
			ok(n == 0 && (int) err.code == cases[i].code &&
			   err.pos == cases[i].pos,
			   "key %s is an error at %d (got %d: %s)", cases[i].in, cases[i].pos,
			   n ? -1 : err.pos, n ? "" : err.message);
	}

	/* keys of a kind run in value order; date keys in order of their start */
	{
		static const char *const ordered[] = {
			"person:A", "org:A", "country:AF", "country:PK", "money:EUR:5", "money:USD:-5",
			"money:USD:0", "money:USD:2", "money:USD:10", "money:UYU:1", "percent:%:1",
			"number::70", "number:x:1", "number:xs:1", "quantity:m:5", "quantity:m3:1",
			"date:XXXX-09", "date:2023", "date:2024-Q3", "date:2024-09-01",
			"date:2024-09", "date:2024-09-02",
		};
		int			wrong = 0;
		uint8_t		prev[TF_KEY_MAX];
		size_t		plen = 0;

		for (size_t i = 0; i < sizeof(ordered) / sizeof(ordered[0]); i++)
		{
			uint8_t		key[TF_KEY_MAX];
			tf_parse_error err;
			size_t		n = tf_factkey_from_text(ordered[i], strlen(ordered[i]), key, &err);

			if (n == 0 || (i > 0 && tf_key_cmp(prev, plen, key, n) >= 0))
				wrong++;
			memcpy(prev, key, n);
			plen = n;
		}
		ok(wrong == 0, "keys sort by kind, then unit, then value (%d out of order)", wrong);
	}
	{
		char		longname[700];
		uint8_t		key[TF_KEY_MAX];
		tf_parse_error err;

		memset(longname, 'x', sizeof(longname));
		memcpy(longname, "org:", 4);
		ok(tf_factkey_from_text(longname, sizeof(longname), key, &err) == 0 &&
		   err.code == TF_ERR_LIMIT, "a key above TF_KEY_MAX is a limit error");
	}
}

/* ---- factvector ---- */

static void
test_vectors(void)
{
	static const struct
	{
		const char *in;
		const char *out;
	}			rt[] = {
		{"", ""},
		{"  \t ", ""},
		{"'country:PK'", "'country:PK'"},
		{"'country:RU' 'country:PK' 'country:pakistan':2", "'country:PK':3 'country:RU'"},
		{"'money:USD:3e9' 'org:International Monetary Fund' 'date:2024-09'",
		"'org:International Monetary Fund' 'money:USD:3000000000' 'date:2024-09'"},
		{"'org:Moody\\'s' 'org:back\\\\slash'", "'org:Moody\\'s' 'org:back\\\\slash'"},
		{"'country:PK':65535 'country:PK'", "'country:PK':65535"},
	};
	static const struct
	{
		const char *in;
		int			code;
		int			pos;
	}			bad[] = {
		{"country:PK", TF_ERR_SYNTAX, 1},
		{"'country:PK", TF_ERR_SYNTAX, 1},
		{"'country:PK''country:RU'", TF_ERR_SYNTAX, 13},
		{"'country:PK':", TF_ERR_SYNTAX, 14},
		{"'country:PK':0", TF_ERR_SYNTAX, 14},
		{"'country:PK':65536", TF_ERR_SYNTAX, 14},
		{"'country:PK' 'money:USD'", TF_ERR_SYNTAX, 15},
		{"'country:PK', 'country:RU'", TF_ERR_SYNTAX, 13},
	};

	for (size_t i = 0; i < sizeof(rt) / sizeof(rt[0]); i++)
	{
		tf_fv_header *v = vec(rt[i].in);
		char	   *t = v ? tf_fv_format_text(A, v) : NULL;
		tf_fv_header *v2 = t ? vec(t) : NULL;
		char	   *t2 = v2 ? tf_fv_format_text(A, v2) : NULL;

		ok(t && strcmp(t, rt[i].out) == 0 && t2 && strcmp(t2, t) == 0 && tf_fv_cmp(v, v2) == 0,
		   "factvector [%s] -> [%s] and back (got [%s])", rt[i].in, rt[i].out, t ? t : "error");
		free(v);
		free(v2);
		free(t);
		free(t2);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		tf_parse_error err;
		size_t		size;
		void	   *v = tf_fv_parse_text(A, 0, bad[i].in, strlen(bad[i].in), &size, &err);

		ok(v == NULL && (int) err.code == bad[i].code && err.pos == bad[i].pos,
		   "factvector [%s] is an error at %d (got %d: %s)", bad[i].in, bad[i].pos,
		   v ? -1 : err.pos, v ? "" : err.message);
		free(v);
	}

	/* set operations */
	{
		tf_fv_header *a = vec("'country:PK':2 'money:USD:5' 'org:IMF'");
		tf_fv_header *b = vec("'country:PK' 'country:RU'");
		tf_fv_header *c = vec("'money:USD:5' 'country:PK'");
		tf_fv_header *empty = vec("");
		tf_parse_error err;
		size_t		size;
		tf_fv_header *m = tf_fv_merge(A, 0, a, b, &size, &err);
		char	   *t = tf_fv_format_text(A, m);

		ok(strcmp(t, "'org:IMF' 'country:PK':3 'country:RU' 'money:USD:5'") == 0 &&
		   tf_fv_check(m, size), "merge sums counts (%s)", t);
		ok(tf_fv_contains(a, c) && !tf_fv_contains(c, a) && !tf_fv_contains(a, b) &&
		   tf_fv_contains(m, a) && tf_fv_contains(m, b) && tf_fv_contains(a, empty),
		   "containment ignores counts and needs every key");
		ok(tf_fv_cmp(a, a) == 0 && tf_fv_cmp(a, b) != 0 &&
		   sign(tf_fv_cmp(a, b)) == -sign(tf_fv_cmp(b, a)), "ordering is total and antisymmetric");
		free(a);
		free(b);
		free(c);
		free(empty);
		free(m);
		free(t);
	}
}

/* ---- wire form ---- */

static void
test_wire(void)
{
	tf_fv_header *v = vec("'country:PK':3 'money:USD:3e9' 'date:2024-09' 'person:A B'");
	size_t		wlen = tf_fv_wire_size(v);
	uint8_t    *w = malloc(wlen + 16);
	tf_parse_error err;
	size_t		size;
	tf_fv_header *back;
	int			accepted = 0;

	v->engine = 100;
	tf_fv_wire_write(v, w);
	back = tf_fv_from_wire(A, 0, w, wlen, &size, &err);
	ok(back && tf_fv_cmp(back, v) == 0 && back->engine == 100 && tf_fv_check(back, size),
	   "wire form round-trips with the engine version");
	free(back);

	for (size_t n = 0; n < wlen; n++)
	{
		void	   *r = tf_fv_from_wire(A, 0, w, n, &size, &err);

		if (r)
			accepted++;
		free(r);
	}
	ok(accepted == 0, "every truncation of the wire form is rejected");

	w[wlen] = 0;
	back = tf_fv_from_wire(A, 0, w, wlen + 1, &size, &err);
	ok(back == NULL && err.code == TF_ERR_BINARY, "trailing bytes are rejected");

	{
		uint8_t    *x = malloc(wlen);

		memcpy(x, w, wlen);
		x[0] = 2;
		back = tf_fv_from_wire(A, 0, x, wlen, &size, &err);
		ok(back == NULL && strstr(err.message, "version") != NULL, "unknown format version is rejected");
		memcpy(x, w, wlen);
		x[5] = 0x7F;			/* nkeys far beyond the data */
		back = tf_fv_from_wire(A, 0, x, wlen, &size, &err);
		ok(back == NULL && strstr(err.message, "count") != NULL, "a key count beyond the data is rejected before allocating");
		memcpy(x, w, wlen);
		x[9] = 0;
		x[10] = 0;				/* first key's count */
		back = tf_fv_from_wire(A, 0, x, wlen, &size, &err);
		ok(back == NULL, "a mention count of 0 is rejected");
		memcpy(x, w, wlen);
		x[12] = 0xFF;			/* first key's length */
		back = tf_fv_from_wire(A, 0, x, wlen, &size, &err);
		ok(back == NULL, "a key length beyond the data is rejected");
		memcpy(x, w, wlen);
		x[13] = 99;				/* first key's kind byte */
		back = tf_fv_from_wire(A, 0, x, wlen, &size, &err);
		ok(back == NULL && strstr(err.message, "valid") != NULL, "an invalid key is rejected");
		free(x);
	}
	/* swap the first two keys: same bytes, wrong order */
	{
		tf_fv_header *two = vec("'country:PK' 'country:RU'");
		size_t		l2 = tf_fv_wire_size(two);
		uint8_t    *x = malloc(l2);
		uint8_t		tmp[6];

		tf_fv_wire_write(two, x);
		/* entries are 4 + 3 bytes each, after the 9-byte header */
		memcpy(tmp, x + 9 + 4, 3);
		memcpy(x + 9 + 4, x + 9 + 7 + 4, 3);
		memcpy(x + 9 + 7 + 4, tmp, 3);
		back = tf_fv_from_wire(A, 0, x, l2, &size, &err);
		ok(back == NULL && strstr(err.message, "order") != NULL, "keys out of order are rejected");
		/* a duplicate key */
		memcpy(x + 9 + 7 + 4, x + 9 + 4, 3);
		back = tf_fv_from_wire(A, 0, x, l2, &size, &err);
		ok(back == NULL && strstr(err.message, "order") != NULL, "duplicate keys are rejected");
		free(x);
		free(two);
	}
	free(w);
	free(v);
}

/* ---- factquery ---- */

static void
test_queries(void)
{
	static const struct
	{
		const char *in;
		const char *out;
	}			canon[] = {
		{"country:PK & (money:USD>=1e9 | money:PKR>=1e11) & !org:\"World Bank\"",
		"country:PK & (money:USD>=1000000000 | money:PKR>=100000000000) & !org:\"World Bank\""},
		{"country:pakistan", "country:PK"},
		{"COUNTRY:pak", "country:PK"},
		{"org:Bank*", "org:Bank*"},
		{"org:\"Bank of\"*", "org:\"Bank of\"*"},
		{"money", "money"},
		{"percent > 5", "percent>5"},
		{"money:usd>=1e9", "money:USD>=1000000000"},
		{"money:PKR:1e9..5e9", "money:PKR:1000000000..5000000000"},
		{"percent:5..10", "percent:5..10"},
		{"percent:5", "percent=5"},
		{"money:USD:3e9", "money:USD=3000000000"},
		{"number::70", "number:\"\"=70"},
		{"number:\"\"", "number:\"\""},
		{"money:USD", "money:USD"},
		{"number:\"5\"", "number:\"5\""},
		{"date:2024", "date:2024"},
		{"date=2024", "date:2024"},
		{"date:2023-01..2023-12", "date:2023-01..2023-12"},
		{"date >= 2024-09", "date>=2024-09"},
		{"date:XXXX-09", "date:XXXX-09"},
		{"date:\"PRESENT_REF\"", "date:PRESENT_REF"},
		{"date:2024*", "date:2024*"},
		{"org:\"S&P\" | org:\"Moody's\"", "org:\"S&P\" | org:\"Moody's\""},
		{"org:\"a\\\"b\\\\c\"", "org:\"a\\\"b\\\\c\""},
		{"a_kind_free_org", NULL},
		{"(money & country) & (date & org)", "money & country & date & org"},
		{"(money | country) | !(date | org)", "money | country | !(date | org)"},
		{"!!money", "!!money"},
		{"!(money)", "!money"},
		{"((money))", "money"},
		{"money & country | date", "money & country | date"},
		{"money & (country | date)", "money & (country | date)"},
	};

	for (size_t i = 0; i < sizeof(canon) / sizeof(canon[0]); i++)
	{
		tf_parse_error err;
		tf_fq_header *q = query(canon[i].in, &err);
		char	   *t = q ? tf_fq_format(A, q) : NULL;
		tf_fq_header *q2 = t ? query(t, &err) : NULL;
		char	   *t2 = q2 ? tf_fq_format(A, q2) : NULL;

		if (canon[i].out == NULL)
			ok(q == NULL && err.code == TF_ERR_SYNTAX && err.pos == 1, "[%s] is an error", canon[i].in);
		else
			ok(t && strcmp(t, canon[i].out) == 0 && t2 && strcmp(t2, t) == 0,
			   "query [%s] -> [%s] (got [%s])", canon[i].in, canon[i].out, t ? t : err.message);
		free(q);
		free(q2);
		free(t);
		free(t2);
	}

	{
		static const struct
		{
			const char *in;
			int			code;
			int			pos;
		}			bad[] = {
			{"", TF_ERR_SYNTAX, 1},
			{"   ", TF_ERR_SYNTAX, 4},
			{"planet:Mars", TF_ERR_SYNTAX, 1},
			{"country:PK money", TF_ERR_SYNTAX, 12},
			{"country:Atlantis", TF_ERR_VALUE, 9},
			{"country:PK*", TF_ERR_SYNTAX, 11},
			{"org:Moody's", TF_ERR_SYNTAX, 10},
			{"org>5", TF_ERR_SYNTAX, 4},
			{"org:IMF>5", TF_ERR_SYNTAX, 8},
			{"money*", TF_ERR_SYNTAX, 6},
			{"money:USD*", TF_ERR_SYNTAX, 10},
			{"money>", TF_ERR_SYNTAX, 7},
			{"money>abc", TF_ERR_SYNTAX, 7},
			{"money:5..1", TF_ERR_SYNTAX, 7},
			{"money:1..x", TF_ERR_SYNTAX, 10},
			{"money:1e999", TF_ERR_SYNTAX, 7},
			{"date:2024-13", TF_ERR_VALUE, 6},
			{"date:99999999999999999999-01-01", TF_ERR_VALUE, 6},
			{"date>=10000", TF_ERR_VALUE, 7},
			{"date:2024..99999", TF_ERR_VALUE, 12},
			{"money:ZZZ>5", TF_ERR_VALUE, 7},
			{"money:ZZZ", TF_ERR_VALUE, 7},
			{"money:\"US$\":5", TF_ERR_VALUE, 7},
			{"percent:zz:5", TF_ERR_VALUE, 9},
			{"quantity:barrels>5", TF_ERR_VALUE, 10},
			{"date>XXXX-09", TF_ERR_SYNTAX, 6},
			{"date:2024..2023", TF_ERR_SYNTAX, 6},
			{"org:\"abc", TF_ERR_SYNTAX, 5},
			{"org:\"a\\b\"", TF_ERR_SYNTAX, 7},
			{"(money", TF_ERR_SYNTAX, 1},
			{"money)", TF_ERR_SYNTAX, 6},
			{"money &", TF_ERR_SYNTAX, 8},
			{"& money", TF_ERR_SYNTAX, 1},
			{"money | | date", TF_ERR_SYNTAX, 9},
			{"money:", TF_ERR_SYNTAX, 7},
			{"org:", TF_ERR_SYNTAX, 5},
			{"org:\"\"", TF_ERR_SYNTAX, 5},
			{"!", TF_ERR_SYNTAX, 2},
			{"()", TF_ERR_SYNTAX, 2},
		};

		for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		{
			tf_parse_error err;
			tf_fq_header *q = query(bad[i].in, &err);

			ok(q == NULL && (int) err.code == bad[i].code && err.pos == bad[i].pos,
			   "query [%s] is an error at %d (got %d: %s)", bad[i].in, bad[i].pos,
			   q ? -1 : err.pos, q ? "" : err.message);
			free(q);
		}
	}

	/* limits: nesting depth and number of nodes */
	{
		char	   *deep = malloc(3 * TF_FQ_MAX_DEPTH + 100);
		char	   *wide = malloc(10 * TF_FQ_MAX_NODES + 100);
		size_t		o = 0;
		tf_parse_error err;
		tf_fq_header *q;

		for (int k = 0; k < TF_FQ_MAX_DEPTH + 5; k++)
			deep[o++] = '(';
		strcpy(deep + o, "money");
		q = query(deep, &err);
		ok(q == NULL && err.code == TF_ERR_LIMIT, "nesting beyond %d levels is a limit error", TF_FQ_MAX_DEPTH);
		o = 0;
		for (int k = 0; k < TF_FQ_MAX_NODES + 5; k++)
			o += (size_t) sprintf(wide + o, "%smoney", k ? "|" : "");
		q = query(wide, &err);
		ok(q == NULL && err.code == TF_ERR_LIMIT, "more than %d nodes is a limit error", TF_FQ_MAX_NODES);
		free(deep);
		free(wide);
	}
}

/* ---- matching ---- */

static void
test_matching(void)
{
	const char *doc = "'country:PK':3 'country:RU' 'org:International Monetary Fund' "
		"'person:Khawaja Muhammad Asif' 'money:USD:3000000000' 'money:PKR:-5.5' "
		"'percent:%:6.9' 'percent:bp:200' 'number::70' 'number:businesspersons:12' "
		"'date:2024-09' 'date:XXXX-10' 'date:2024-10-08@2024-10-08..2024-10-08'";
	static const struct
	{
		const char *q;
		bool		want;
	}			cases[] = {
		{"country:PK", true},
		{"country:pakistan & country:russia", true},
		{"country:US", false},
		{"!country:US", true},
		{"!country:PK", false},
		{"nationality", false},
		{"!nationality", true},
		{"org:International*", true},
		{"org:Intl*", false},
		{"org:\"International Monetary Fund\"", true},
		{"org:\"international monetary fund\"", false},
		{"person:\"Khawaja Muhammad Asif\" & org", true},
		{"money:USD>=1e9", true},
		{"money:USD>3e9", false},
		{"money:USD>=3e9", true},
		{"money:USD<=3e9", true},
		{"money:USD<3e9", false},
		{"money:USD=3000000000", true},
		{"money:USD:1e9..5e9", true},
		{"money:USD:4e9..5e9", false},
		{"money:EUR", false},
		{"money:usd", true},
		{"money>=1e9", true},
		{"money<0", true},
		{"money:PKR<-5", true},
		{"money:PKR<-6", false},
		{"money:PKR:-6..-5.5", true},
		{"percent>5", true},
		{"percent>200", false},
		{"percent>=200", true},
		{"percent:bp>=150", true},
		{"percent:pp", false},
		{"percent:\"%\":6..7", true},
		{"number=70", true},
		{"number:\"\"=70", true},
		{"number::70", true},
		{"number:businesspersons=70", false},
		{"number:businesspersons", true},
		{"number:\"\"<=12", false},
		{"number<=12", true},
		{"date:2024", true},
		{"date:2023", false},
		{"date:2024-Q3", true},
		{"date:2024-W40", true},
		{"date:2024-W42", false},
		{"date>=2024-10", true},
		{"date>2024-10-08", false},
		{"date<2024-09", false},
		{"date<=2024-09-01", true},
		{"date:2023-01..2024-08", false},
		{"date:2023-01..2024-09-15", true},
		{"date:XXXX-10", true},
		{"date:XXXX-11", false},
		{"date:2024-1*", true},
		{"date:XXXX*", true},
		{"quantity | place", false},
		{"!(quantity | place)", true},
		{"country:US | money:USD>1e9 & !org:\"World Bank\"", true},
		{"(country:US | money:USD>1e9) & org:\"World Bank\"", false},
	};
	tf_fv_header *v = vec(doc);

	ok(v != NULL, "the test vector parses");
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		tf_parse_error err;
		tf_fq_header *q = query(cases[i].q, &err);

		ok(q && tf_fq_match(q, v) == cases[i].want, "%s %s",
		   cases[i].q, q ? (cases[i].want ? "matches" : "does not match") : err.message);
		free(q);
	}
	free(v);
}

/* ---- keys of extracted facts ---- */

static void
test_fact_keys(void)
{
	const char *text = "Pakistan secured a $3 billion package. Pakistan and Russia paid US$4.7 billion.";
	const tf_result *r = facts_of(text, NULL);
	int			made = 0;
	bool		pk = false,
				usd = false;

	for (int i = 0; i < r->nfacts; i++)
	{
		uint8_t		key[TF_KEY_MAX];
		char		t[TF_KEY_TEXT_MAX];
		size_t		n = tf_factkey_from_fact(&r->facts[i], text, key);

		if (n == 0)
			continue;
		made++;
		tf_factkey_to_text(key, n, t);
		pk |= strcmp(t, "country:PK") == 0;
		usd |= strcmp(t, "money:USD:3000000000") == 0;
	}
	ok(made == r->nfacts && r->nfacts > 0, "every extracted fact has a key (%d of %d)", made, r->nfacts);
	ok(pk && usd, "keys of extracted facts: country:PK, money:USD:3000000000");

	/*
	 * Keys refuse units and currencies that do not exist; every one the
	 * figures stage writes must pass, or to_factvector would drop its facts.
	 */
	{
		static const char *const texts[] = {
			"He paid Rs 500. It cost $5, 5 euros, 5 pounds, 5 yen and 10 francs in Geneva.",
			"Output was 5%, up 5 percentage points, 25 basis points and 3pc.",
			"They shipped 5 barrels, 5 bpd, 2 mb/d, 5 tonnes, 5 metric tons and 5 tons.",
			"They sold 5 kg, 5 grams, 5 lbs, 5 pounds of rice, 5 ounces and 5 bushels.",
			"The road runs 5 km, 5 miles, 5 meters and 5 cm over 5 sq km, 5 square miles, 5 hectares and 5 acres.",
			"They pumped 5 cubic meters, 10 bcm, 5 cubic feet, 2 tcf, 5 liters, 5ml and 5 gallons.",
			"The port moved 5 TEU; the plant makes 5 MW, 5 GW, 5 kW, 5 kWh, 5 MWh, 5 GWh, 5 TWh and 5 mmbtu.",
			"Over 70 businesspersons and 300 people came.",
		};
		int			figures = 0,
					keyed = 0;
		char		lost[200] = "";

		for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++)
		{
			const tf_result *u = facts_of(texts[k], NULL);

			for (int i = 0; i < u->nfacts; i++)
			{
				uint8_t		key[TF_KEY_MAX];
				const tf_fact *f = &u->facts[i];

				if (!tf_kind_is_figure(f->kind) || !f->has_value)
					continue;
				figures++;
				if (tf_factkey_from_fact(f, texts[k], key) > 0)
					keyed++;
				else if (strlen(lost) < 150)
					snprintf(lost + strlen(lost), sizeof(lost) - strlen(lost), " %s:%s",
							 tf_kind_name(f->kind), f->unit ? f->unit : "");
			}
		}
		ok(figures >= 48 && keyed == figures, "every unit the engine writes has a key (%d of %d;%s)",
		   keyed, figures, lost);
	}

	/* a date fact: interval from detail, else from the norm */
	{
		tf_fact		f;
		uint8_t		key[TF_KEY_MAX];
		char		t[TF_KEY_TEXT_MAX];
		size_t		n;
		const tf_detail det[2] = {{"from", "2024-09-01", {0, 0, false}, false},
		{"to", "2024-09-10", {0, 0, false}, false}};

		memset(&f, 0, sizeof(f));
		f.kind = TF_DATE;
		f.norm = "2024-09";
		n = tf_factkey_from_fact(&f, "", key);
		tf_factkey_to_text(key, n, t);
		ok(n > 0 && strcmp(t, "date:2024-09") == 0, "date fact without detail: %s", t);
		f.ndetail = 2;
		f.detail = det;
		n = tf_factkey_from_fact(&f, "", key);
		tf_factkey_to_text(key, n, t);
		ok(n > 0 && strcmp(t, "date:2024-09@2024-09-01..2024-09-10") == 0, "date fact with detail: %s", t);
		f.kind = TF_PERCENT;
		f.has_value = false;
		ok(tf_factkey_from_fact(&f, "", key) == 0, "a figure without a value has no key");
	}
}

/* ---- headlines ---- */

static void
test_headlines(void)
{
	static const struct
	{
		const char *opts;
		bool		ok;
		int			maxf;
		const char *start;
	}			opts[] = {
		{"", true, TF_HEADLINE_MAX_FRAGMENTS_DEFAULT, "<b>"},
		{"StartSel=[, StopSel=]", true, TF_HEADLINE_MAX_FRAGMENTS_DEFAULT, "["},
		{"startsel = \"<em a=1>\" maxfragments=0", true, 0, "<em a=1>"},
		{"MaxFragments=12", true, 12, "<b>"},
		{"MaxFragments=-1", false, 0, NULL},
		{"MaxFragments=", false, 0, NULL},
		{"MaxWords=10", false, 0, NULL},
		{"StartSel", false, 0, NULL},
		{"StartSel=\"<b>", false, 0, NULL},
		{"=5", false, 0, NULL},
	};
	const char *text = "Pakistan secured a $3 billion package. Officials welcomed it. "
		"Russia and Pakistan signed a US$4.7 billion deal. Japan paid $5 million.";
	static const struct
	{
		const char *q;
		const char *o;
		const char *want;
	}			cases[] = {
		{"country:PK & money:USD>=1e9", "",
		"<b>Pakistan</b> secured a <b>$3 billion</b> package. ... Russia and <b>Pakistan</b> signed a <b>US$4.7 billion</b> deal."},
		{"country:PK & !country:RU", "MaxFragments=1", "<b>Pakistan</b> secured a $3 billion package."},
		{"country:RU | country:JP | money<1e7", "MaxFragments=1, StartSel=[, StopSel=]",
		"[Japan] paid [$5 million]."},
		{"money", "MaxFragments=0, FragmentDelimiter=|",
		"Pakistan secured a <b>$3 billion</b> package.|Russia and Pakistan signed a <b>US$4.7 billion</b> deal.|Japan paid <b>$5 million</b>."},
		{"!country:US", "", "Pakistan secured a $3 billion package."},
		{"country:BR", "", "Pakistan secured a $3 billion package."},
	};

	for (size_t i = 0; i < sizeof(opts) / sizeof(opts[0]); i++)
	{
		tf_headline_opts o;
		tf_parse_error err;
		bool		r = tf_headline_options(opts[i].opts, strlen(opts[i].opts), &o, &err);

		if (opts[i].ok)
			ok(r && o.max_fragments == opts[i].maxf && o.start_len == strlen(opts[i].start) &&
			   memcmp(o.start_sel, opts[i].start, o.start_len) == 0,
			   "headline options [%s]", opts[i].opts);
		else
			ok(!r && err.code == TF_ERR_SYNTAX && err.pos >= 1, "headline options [%s] are an error",
			   opts[i].opts);
	}
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		tf_parse_error err;
		tf_fq_header *q = query(cases[i].q, &err);
		tf_headline_opts o;
		tf_options	eo;
		char	   *h;

		tf_headline_options(cases[i].o, strlen(cases[i].o), &o, &err);
		tf_options_init(&eo);
		h = tf_headline(A, text, strlen(text), &eo, q, &o);
		ok(strcmp(h, cases[i].want) == 0, "headline of [%s]: got [%s]", cases[i].q, h);
		free(h);
		free(q);
	}
}

int
main(void)
{
	test_numbers();
	test_dates();
	test_keys();
	test_vectors();
	test_wire();
	test_queries();
	test_matching();
	test_fact_keys();
	test_headlines();
	return tap_done();
}

/*
 * fuzz_dates.c — the dates stage on arbitrary bytes, with reference dates
 * over the whole range the engine accepts (years 1-9999, and invalid ones).
 * Besides not crashing: every date fact has a norm; its from/to are both
 * there or both absent, are real calendar dates of years 1-9999, and from is
 * not after to.
 */
#include "textfacts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* "YYYY-MM-DD" of years 1-9999 -> a comparable number, or -1 */
static long
parse_day(const char *s)
{
	static const int dim[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int			y,
				m,
				d;
	char		tail;

	if (s == NULL || strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
		return -1;
	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > dim[m - 1])
		return -1;
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return -1;
	return (long) y * 10000 + m * 100 + d;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	tf_options	o;
	tf_result	r;

	tf_options_init(&o);
	o.kinds = TF_KIND_BIT(TF_DATE);
	/* the first four bytes pick the reference date: none, edges, or any */
	if (size >= 4)
	{
		switch (data[0] % 4)
		{
			case 0:
				break;
			case 1:
				o.ref_date.y = 1 + (data[1] % 2) * 9998;	/* year 1 or 9999 */
				o.ref_date.m = 1 + data[2] % 12;
				o.ref_date.d = 1 + data[3] % 31;
				break;
			default:
				o.ref_date.y = 1 + ((data[1] << 8) | data[2]) % 10000;
				o.ref_date.m = 1 + data[3] % 13;	/* month 13: invalid */
				o.ref_date.d = 1 + data[3] % 31;
				break;
		}
		data += 4;
		size -= 4;
	}
	tf_extract(&tf_malloc_allocator, (const char *) data, size, &o, &r);
	for (int i = 0; i < r.nfacts; i++)
	{
		const tf_fact *f = &r.facts[i];
		const tf_detail *from = tf_fact_detail(f, "from"),
				   *to = tf_fact_detail(f, "to");
		long		a,
					b;

		if (f->kind != TF_DATE || f->norm == NULL || f->norm[0] == '\0' ||
			(size_t) f->bpos + f->blen > size || f->blen == 0)
			abort();
		if ((from == NULL) != (to == NULL))
			abort();
		if (from == NULL)
			continue;
		a = parse_day(from->str);
		b = parse_day(to->str);
		if (a < 0 || b < 0 || a > b)
			abort();
	}
	tf_result_free(&tf_malloc_allocator, &r);
	return 0;
}

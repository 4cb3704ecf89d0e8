/*
 * figures_decimal.c — the exact arithmetic figures need beyond decimal.c:
 * signed addition, products ("2.12 hundred", "half a billion"), quotients
 * ("two thirds", "2 1/4") and powers ("1.3x10^6").
 *
 * Intermediates are 128-bit; a result keeps at most the 19 significant digits
 * a tf_decimal holds, rounded half up.  A quotient that does not terminate
 * (2/3) keeps FIG_DIV_DIGITS significant digits; one that does (1/4) is exact.
 */
#include "figures.h"

typedef unsigned __int128 u128;

#define U128_10_19 ((u128) 10000000000000000000ull)

/* fits a 128-bit coefficient into a decimal, rounding; false if out of range */
static bool
reduce(u128 c, long exp, bool neg, tf_decimal *out)
{
	bool		round_up = false;

	while (c > (u128) UINT64_MAX)
	{
		round_up = (c % 10) >= 5;
		c = c / 10 + (round_up ? 1 : 0);
		exp++;
	}
	/* too small to keep: drop digits below the smallest exponent */
	while (exp < -TF_DECIMAL_MAX_EXP && c > 0)
	{
		round_up = (c % 10) >= 5;
		c = c / 10 + (round_up ? 1 : 0);
		exp++;
	}
	if (c == 0)
	{
		out->coef = 0;
		out->exp = 0;
		out->neg = false;
		return true;
	}
	out->coef = (uint64_t) c;
	out->neg = neg;
	out->exp = 0;
	tf_decimal_normalize(out);
	exp += out->exp;
	if (exp > TF_DECIMAL_MAX_EXP || exp < -TF_DECIMAL_MAX_EXP)
		return false;
	out->exp = (int32_t) exp;
	return true;
}

void
fig_dec_int(tf_decimal *d, uint64_t v)
{
	d->coef = v;
	d->exp = 0;
	d->neg = false;
	tf_decimal_normalize(d);
}

bool
fig_dec_add(tf_decimal *d, const tf_decimal *e)
{
	int32_t		exp = d->exp < e->exp ? d->exp : e->exp;
	u128		a = d->coef,
				b = e->coef;

	if (e->coef == 0)
		return true;
	if (d->coef == 0)
	{
		*d = *e;
		return true;
	}
	/* both within 10^-40..10^40: aligning never passes 10^80 steps of 10 */
	for (int32_t k = d->exp; k > exp; k--)
	{
		if (a > ((u128) 1 << 120) / 10)
			return false;
		a *= 10;
	}
	for (int32_t k = e->exp; k > exp; k--)
	{
		if (b > ((u128) 1 << 120) / 10)
			return false;
		b *= 10;
	}
	if (d->neg == e->neg)
		return reduce(a + b, exp, d->neg, d);
	if (a >= b)
		return reduce(a - b, exp, d->neg, d);
	return reduce(b - a, exp, e->neg, d);
}

bool
fig_dec_mul(tf_decimal *d, const tf_decimal *e)
{
	return reduce((u128) d->coef * (u128) e->coef, (long) d->exp + e->exp,
				  d->neg != e->neg, d);
}

/* rounds c to at most n significant digits, adjusting *exp */
static u128
round_digits(u128 c, int n, long *exp)
{
	u128		limit = 1;

	for (int k = 0; k < n; k++)
		limit *= 10;
	while (c >= limit)
	{
		bool		up = (c % 10) >= 5;

		c = c / 10 + (up ? 1 : 0);
		(*exp)++;
	}
	return c;
}

bool
fig_dec_div(tf_decimal *d, const tf_decimal *e)
{
	u128		num,
				q,
				r;
	long		exp;

	if (e->coef == 0)
		return false;
	if (d->coef == 0)
		return true;
	num = (u128) d->coef * U128_10_19;
	q = num / e->coef;
	r = num % e->coef;
	exp = (long) d->exp - e->exp - 19;
	if (r != 0)
		q = round_digits(q, FIG_DIV_DIGITS, &exp);
	return reduce(q, exp, d->neg != e->neg, d);
}

bool
fig_dec_round(tf_decimal *d, int digits)
{
	long		exp = d->exp;
	u128		c = round_digits(d->coef, digits, &exp);

	return reduce(c, exp, d->neg, d);
}

bool
fig_dec_pow(tf_decimal *d, int n)
{
	tf_decimal	base = *d,
				acc;
	int			m = n < 0 ? -n : n;

	if (m > 64)
		return false;
	fig_dec_int(&acc, 1);
	for (int k = 0; k < m; k++)
		if (!fig_dec_mul(&acc, &base))
			return false;
	if (n < 0)
	{
		tf_decimal	one;

		fig_dec_int(&one, 1);
		if (!fig_dec_div(&one, &acc))
			return false;
		acc = one;
	}
	*d = acc;
	return true;
}

bool
fig_dec_is_int(const tf_decimal *d)
{
	tf_decimal	t = *d;

	tf_decimal_normalize(&t);
	return t.exp >= 0;
}

int64_t
fig_dec_small_int(const tf_decimal *d, int64_t limit)
{
	tf_decimal	t = *d;
	uint64_t	v;

	tf_decimal_normalize(&t);
	if (t.neg && t.coef != 0)
		return -1;
	if (t.exp < 0)
		return -1;
	v = t.coef;
	for (int k = 0; k < t.exp; k++)
	{
		if (v > (uint64_t) limit)
			return -1;
		v *= 10;
	}
	return v < (uint64_t) limit ? (int64_t) v : -1;
}

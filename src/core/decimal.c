/*
 * decimal.c — exact decimals (coefficient and power of ten).
 *
 * Figures must reach numeric without passing through a binary double:
 * "1.1 billion" is 11 * 10^8, formatted as "1100000000".
 */
#include "tf_internal.h"

#define U64_MAX_DIV10 (UINT64_MAX / 10)

void
tf_decimal_normalize(tf_decimal *d)
{
	if (d->coef == 0)
	{
		d->exp = 0;
		d->neg = false;
		return;
	}
	while (d->coef % 10 == 0 && d->exp < TF_DECIMAL_MAX_EXP)
	{
		d->coef /= 10;
		d->exp++;
	}
}

bool
tf_decimal_shift(tf_decimal *d, int n)
{
	long		e = (long) d->exp + n;

	if (e > TF_DECIMAL_MAX_EXP || e < -TF_DECIMAL_MAX_EXP)
		return false;
	d->exp = (int32_t) e;
	return true;
}

bool
tf_decimal_mul_int(tf_decimal *d, uint64_t m)
{
	if (m != 0 && d->coef > UINT64_MAX / m)
	{
		/* make room by dropping trailing zeros first */
		tf_decimal	t = *d;

		tf_decimal_normalize(&t);
		while (m % 10 == 0 && m > 0)
		{
			m /= 10;
			if (t.exp >= TF_DECIMAL_MAX_EXP)
				return false;
			t.exp++;
		}
		if (m != 0 && t.coef > UINT64_MAX / m)
			return false;
		t.coef *= m;
		*d = t;
		return true;
	}
	d->coef *= m;
	return true;
}

/* scales a coefficient to a lower exponent; false on overflow */
static bool
rescale(uint64_t *coef, int32_t from, int32_t to)
{
	while (from > to)
	{
		if (*coef > U64_MAX_DIV10)
			return false;
		*coef *= 10;
		from--;
	}
	return true;
}

bool
tf_decimal_add(tf_decimal *d, const tf_decimal *e)
{
	uint64_t	a = d->coef,
				b = e->coef;
	int32_t		exp = d->exp < e->exp ? d->exp : e->exp;

	if (e->coef == 0)
		return true;
	if (d->coef == 0)
	{
		*d = *e;
		return true;
	}
	if (d->neg != e->neg)
		return false;
	if (!rescale(&a, d->exp, exp) || !rescale(&b, e->exp, exp))
		return false;
	if (a > UINT64_MAX - b)
		return false;
	d->coef = a + b;
	d->exp = exp;
	return true;
}

/* number of decimal digits of v (1 for 0) */
static int
ndigits(uint64_t v)
{
	int			n = 1;

	while (v >= 10)
	{
		v /= 10;
		n++;
	}
	return n;
}

int
tf_decimal_cmp(const tf_decimal *a, const tf_decimal *b)
{
	int			sa = a->coef == 0 ? 0 : (a->neg ? -1 : 1);
	int			sb = b->coef == 0 ? 0 : (b->neg ? -1 : 1);
	long		ma,
				mb;
	int			r;

	if (sa != sb)
		return sa < sb ? -1 : 1;
	if (sa == 0)
		return 0;
	/* compare magnitudes: first by order of magnitude, then digit by digit */
	ma = (long) ndigits(a->coef) + a->exp;
	mb = (long) ndigits(b->coef) + b->exp;
	if (ma != mb)
		r = ma < mb ? -1 : 1;
	else
	{
		char		ba[24],
					bb[24];
		int			la = ndigits(a->coef),
					lb = ndigits(b->coef);
		int			n = la > lb ? la : lb;
		int			k;

		/* same magnitude: compare digit strings padded with zeros */
		{
			uint64_t	v = a->coef;

			for (k = la - 1; k >= 0; k--)
			{
				ba[k] = (char) ('0' + v % 10);
				v /= 10;
			}
			v = b->coef;
			for (k = lb - 1; k >= 0; k--)
			{
				bb[k] = (char) ('0' + v % 10);
				v /= 10;
			}
		}
		r = 0;
		for (k = 0; k < n && r == 0; k++)
		{
			char		ca = k < la ? ba[k] : '0';
			char		cb = k < lb ? bb[k] : '0';

			if (ca != cb)
				r = ca < cb ? -1 : 1;
		}
	}
	return sa < 0 ? -r : r;
}

size_t
tf_decimal_format(const tf_decimal *d, char *buf, size_t bufsize)
{
	char		digits[24];
	int			nd = 0;
	uint64_t	v = d->coef;
	size_t		o = 0;
	int			intdigits;
	int			k;

	if (bufsize < TF_DECIMAL_BUFSIZE)
	{
		if (bufsize > 0)
			buf[0] = '\0';
		return 0;
	}
	do
	{
		digits[nd++] = (char) ('0' + v % 10);
		v /= 10;
	} while (v > 0);
	/* digits[] is reversed */
	if (d->neg && d->coef != 0)
		buf[o++] = '-';
	intdigits = nd + d->exp;
	if (intdigits <= 0)
	{
		buf[o++] = '0';
		buf[o++] = '.';
		for (k = 0; k < -intdigits; k++)
			buf[o++] = '0';
		for (k = nd - 1; k >= 0; k--)
			buf[o++] = digits[k];
	}
	else
	{
		for (k = 0; k < intdigits; k++)
			buf[o++] = k < nd ? digits[nd - 1 - k] : '0';
		if (intdigits < nd)
		{
			buf[o++] = '.';
			for (k = intdigits; k < nd; k++)
				buf[o++] = digits[nd - 1 - k];
		}
	}
	/* drop trailing fractional zeros ("2.50" -> "2.5") */
	if (memchr(buf, '.', o) != NULL)
	{
		while (o > 0 && buf[o - 1] == '0')
			o--;
		if (o > 0 && buf[o - 1] == '.')
			o--;
	}
	buf[o] = '\0';
	return o;
}

bool
tf_decimal_parse(const char *s, size_t len, tf_decimal *out)
{
	size_t		i = 0;
	tf_decimal	d = {0, 0, false};
	bool		any = false;
	long		exp = 0;

	if (i < len && (s[i] == '-' || s[i] == '+'))
		d.neg = s[i++] == '-';
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
	{
		any = true;
		if (d.coef > U64_MAX_DIV10 - 1)
		{
			/* more digits than fit: keep magnitude only if they are zeros */
			if (s[i] != '0')
				return false;
			exp++;
			continue;
		}
		d.coef = d.coef * 10 + (uint64_t) (s[i] - '0');
	}
	if (i < len && s[i] == '.')
	{
		i++;
		for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		{
			any = true;
			if (d.coef > U64_MAX_DIV10 - 1)
			{
				if (s[i] != '0')
					return false;
				continue;
			}
			d.coef = d.coef * 10 + (uint64_t) (s[i] - '0');
			exp--;
		}
	}
	if (!any)
		return false;
	if (i < len && (s[i] == 'e' || s[i] == 'E'))
	{
		bool		eneg = false;
		long		e = 0;
		bool		edig = false;

		i++;
		if (i < len && (s[i] == '-' || s[i] == '+'))
			eneg = s[i++] == '-';
		for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		{
			edig = true;
			if (e < 100000)
				e = e * 10 + (s[i] - '0');
		}
		if (!edig)
			return false;
		exp += eneg ? -e : e;
	}
	if (i != len)
		return false;
	d.exp = 0;
	tf_decimal_normalize(&d);
	exp += d.exp;
	if (exp > TF_DECIMAL_MAX_EXP || exp < -TF_DECIMAL_MAX_EXP)
	{
		if (d.coef != 0)
			return false;
		exp = 0;
	}
	d.exp = (int32_t) exp;
	*out = d;
	return true;
}

/* Unit tests of exact decimals. */
#include "tap.h"

static const char *
fmt(uint64_t coef, int exp, bool neg)
{
	tf_decimal	d = {coef, exp, neg};

	return dec_str(&d);
}

static const char *
parsed(const char *s)
{
	tf_decimal	d;

	if (!tf_decimal_parse(s, strlen(s), &d))
		return "(invalid)";
	return dec_str(&d);
}

int
main(void)
{
	tf_decimal	d,
				e;

	ok(strcmp(fmt(3, 9, false), "3000000000") == 0, "3e9 formats as 3000000000");
	ok(strcmp(fmt(11, 8, false), "1100000000") == 0, "1.1 billion is exact");
	ok(strcmp(fmt(5, -1, true), "-0.5") == 0, "-0.5");
	ok(strcmp(fmt(250, -2, false), "2.5") == 0, "trailing fractional zeros dropped");
	ok(strcmp(fmt(0, 0, false), "0") == 0, "zero");
	ok(strcmp(fmt(1, -3, false), "0.001") == 0, "0.001");

	ok(strcmp(parsed("4.7"), "4.7") == 0, "parse 4.7");
	ok(strcmp(parsed("-12.50"), "-12.5") == 0, "parse -12.50");
	ok(strcmp(parsed("1e9"), "1000000000") == 0, "parse 1e9");
	ok(strcmp(parsed("2.5E-3"), "0.0025") == 0, "parse 2.5E-3");
	ok(strcmp(parsed("1.2.3"), "(invalid)") == 0, "1.2.3 is invalid");
	ok(strcmp(parsed(""), "(invalid)") == 0, "empty is invalid");
	ok(strcmp(parsed("1e"), "(invalid)") == 0, "1e is invalid");
	ok(strcmp(parsed("99999999999999999999999"), "(invalid)") == 0, "too many digits is invalid");
	ok(strcmp(parsed("1e999999"), "(invalid)") == 0, "huge exponent is invalid");

	tf_decimal_parse("4.7", 3, &d);
	ok(tf_decimal_shift(&d, 9) && strcmp(dec_str(&d), "4700000000") == 0, "4.7 * 10^9");
	ok(!tf_decimal_shift(&d, 100), "shift out of range refused");
	tf_decimal_parse("120", 3, &d);
	ok(tf_decimal_mul_int(&d, 1000) && strcmp(dec_str(&d), "120000") == 0, "120 * 1000");
	tf_decimal_parse("0.5", 3, &e);
	tf_decimal_parse("2", 1, &d);
	ok(tf_decimal_add(&d, &e) && strcmp(dec_str(&d), "2.5") == 0, "2 + 0.5");
	ok(!tf_decimal_parse("18446744073709551615", 20, &d), "a coefficient beyond 19 digits is refused");
	ok(tf_decimal_parse("9999999999999999999", 19, &d) && !tf_decimal_mul_int(&d, 3), "overflow refused");

	tf_decimal_parse("1e9", 3, &d);
	tf_decimal_parse("999999999", 9, &e);
	ok(tf_decimal_cmp(&d, &e) > 0, "1e9 > 999999999");
	tf_decimal_parse("-5", 2, &d);
	tf_decimal_parse("-0.5", 4, &e);
	ok(tf_decimal_cmp(&d, &e) < 0, "-5 < -0.5");
	tf_decimal_parse("2.50", 4, &d);
	tf_decimal_parse("2.5", 3, &e);
	ok(tf_decimal_cmp(&d, &e) == 0, "2.50 = 2.5");
	return tap_done();
}

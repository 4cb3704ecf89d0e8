/*
 * figures_tap.h — table-driven checks of the figures stage for the unit tests
 * (test_numbers.c, test_money.c, test_figures.c): a case is a text and the
 * fact it must give (kind, span as written, value, unit, details), or the
 * figure it must not give.
 */
#ifndef FIGURES_TAP_H
#define FIGURES_TAP_H

#include "tap.h"

/* the tables leave trailing fields out: they are NULL, "none" */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

typedef struct fig_case
{
	const char *text;
	const char *kind;			/* "money", ...; NULL: the text has no figure at all */
	const char *surface;		/* the span as written; with value NULL: no such fact */
	const char *value;			/* exact decimal text */
	const char *unit;			/* NULL: none */
	const char *approx;			/* detail.approx, or NULL: none */
	const char *high;			/* detail.high, or NULL: none */
	const char *object;			/* detail.object, or NULL: none */
} fig_case;

static inline int
is_figure_kind(tf_kind k)
{
	return k == TF_MONEY || k == TF_PERCENT || k == TF_NUMBER || k == TF_QUANTITY;
}

/* the facts of s with a caller's dollar */
static inline const tf_result *
facts_with_dollar(const char *s, const char *dollar)
{
	tf_options	o;

	tf_options_init(&o);
	o.dollar = dollar;
	if (tap_res.arena)
		tf_result_free(&tf_malloc_allocator, &tap_res);
	tap_text = s;
	tf_extract(&tf_malloc_allocator, s, strlen(s), &o, &tap_res);
	return &tap_res;
}

static inline int
detail_str_is(const tf_fact *f, const char *key, const char *want)
{
	const tf_detail *d = tf_fact_detail(f, key);

	if (want == NULL)
		return d == NULL;
	return d != NULL && !d->is_num && strcmp(d->str, want) == 0;
}

static inline int
detail_num_is(const tf_fact *f, const char *key, const char *want)
{
	const tf_detail *d = tf_fact_detail(f, key);

	if (want == NULL)
		return d == NULL;
	return d != NULL && d->is_num && strcmp(dec_str(&d->num), want) == 0;
}

/* the figure facts of the last extraction, for a failure message */
static inline void
show_figures(void)
{
	for (int i = 0; i < tap_res.nfacts; i++)
	{
		const tf_fact *f = &tap_res.facts[i];

		if (!is_figure_kind(f->kind))
			continue;
		printf("#   got %s \"%.*s\" value %s unit %s\n", tf_kind_name(f->kind), (int) f->blen,
			   tap_text + f->bpos, f->has_value ? dec_str(&f->value) : "-",
			   f->unit ? f->unit : "-");
	}
}

static inline void
check_case(const fig_case *c)
{
	int			good;

	facts_of(c->text, NULL);
	if (c->kind == NULL)
	{
		int			n = 0;

		for (int i = 0; i < tap_res.nfacts; i++)
			if (is_figure_kind(tap_res.facts[i].kind))
				n++;
		good = n == 0;
		ok(good, "no figure in \"%s\"", c->text);
	}
	else if (c->value == NULL)
	{
		good = find_fact(c->kind, c->surface) == NULL;
		ok(good, "no %s \"%s\" in \"%s\"", c->kind, c->surface, c->text);
	}
	else
	{
		const tf_fact *f = find_fact(c->kind, c->surface);

		good = fact_is(f, c->value, c->unit) &&
			detail_str_is(f, "approx", c->approx) && detail_num_is(f, "high", c->high) &&
			detail_str_is(f, "object", c->object);
		ok(good, "%s \"%s\" = %s %s in \"%s\"", c->kind, c->surface, c->value,
		   c->unit ? c->unit : "", c->text);
	}
	if (!good)
		show_figures();
}

static inline void
check_cases(const fig_case *cases, size_t n)
{
	for (size_t k = 0; k < n; k++)
		check_case(&cases[k]);
}

#define CHECK_CASES(t) check_cases((t), sizeof(t) / sizeof((t)[0]))

#endif							/* FIGURES_TAP_H */

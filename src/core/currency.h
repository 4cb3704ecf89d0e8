/*
 * currency.h — the currency tables (generated into generated/currency_data.c by
 * data/gen_currencies.py from ICU, iso-codes and data/currency_news.tsv) and
 * the forms money.c reads with them.
 */
#ifndef TF_CURRENCY_H
#define TF_CURRENCY_H

#include "tf_internal.h"

/*
 * The tables hold no pointers: their strings are offsets into
 * tf_currency_pool (0: none), read through the accessors below, so that the
 * library needs no relocation of them when a process loads it
 * (data/gen_gazetteer.py, StrPool).
 */
extern const char tf_currency_pool[];

/* One currency, current or historic. */
typedef struct tf_currency
{
	uint32_t	code_off;		/* ISO 4217 alpha-3 */
	uint8_t		digits;			/* minor units (2: cents) */
	uint8_t		current;		/* in ISO 4217's current list */
	uint32_t	territories_off;	/* alpha-2 codes, concatenated, that use it
									 * today (a historic one: that used it) */
	uint16_t	since;			/* the first year of legal tender (CLDR), 0 if unknown */
	uint16_t	until;			/* the last year of legal tender; 0: still in use */
} tf_currency;

/* what a form names */
enum
{
	TF_CUR_FIXED = 0,			/* codes holds the one currency */
	TF_CUR_DOLLAR = 1,			/* the caller's dollar (tf_options.dollar, else USD) */
	TF_CUR_FAMILY = 2			/* one of codes, by the document's countries, else deflt */
};

/* form flags: keep in step with data/gen_currencies.py */
#define TF_CF_CODE		0x001	/* an ISO code */
#define TF_CF_SYMBOL	0x002	/* a sign: may stand before or after the number */
#define TF_CF_NAME		0x004	/* a name: after the number, before it only in short phrases */
#define TF_CF_CASE		0x008	/* matched as written (unless the text is all lower case) */
#define TF_CF_LOWER		0x010	/* a code also read in lower case */
#define TF_CF_AFTER		0x020	/* only after the number */
#define TF_CF_UNSAFE	0x040	/* an English word: needs a country of the currency */
#define TF_CF_SUB		0x080	/* a minor unit (cents) */
#define TF_CF_COIN		0x100	/* a coin or slang amount: coin_coef * 10^coin_exp */
#define TF_CF_FRAGMENT	0x200	/* only when the phrase is the whole sentence */

typedef struct tf_currency_form
{
	uint32_t	key_off;		/* lower-cased tokens joined by one space */
	uint32_t	codes_off;		/* alpha-3 codes, concatenated */
	uint32_t	deflt_off;		/* a family's default, or none */
	uint16_t	flags;
	uint8_t		target;			/* TF_CUR_* */
	uint8_t		ntok;			/* tokens in the key */
	uint8_t		coin_coef;
	int8_t		coin_exp;
} tf_currency_form;

/*
 * A key the matcher (money.c) builds on its way to a form, one token at a
 * time: a form's key, or the first tokens of a longer one ("hong kong" of
 * "hong kong dollars"; a first token is a step with no space).  Found by
 * hash: tf_slots_find over tf_currency_steps_slots.
 */
typedef struct tf_currency_step
{
	uint32_t	key_off;		/* as a form's key */
	uint16_t	form;			/* 1 + the index of the form with this key, 0 if none */
	uint8_t		more;			/* a longer key begins with this one and a space */
} tf_currency_step;

extern const tf_currency tf_currencies[];	/* sorted by code */
extern const int tf_ncurrencies;
extern const tf_currency_form tf_currency_forms[];	/* sorted by key, bytewise */
extern const int tf_ncurrency_forms;
extern const int tf_currency_max_tokens;
extern const tf_currency_step tf_currency_steps[];
extern const int tf_ncurrency_steps;
extern const tf_slot tf_currency_steps_slots[];
extern const uint32_t tf_currency_steps_nslots;

/*
 * The first tokens of the keys (the steps with no space) that are ASCII
 * and shorter than TF_CUR_FILTER_LEN bytes, as a filter: bit c1 of
 * tf_currency_first_filter[n][c0] is set when one of n bytes begins with
 * c0 and ends with c1 (0-25: the letters a-z, 26: any other byte).  A token
 * in ASCII whose bit is not set begins no form, without a lookup.
 */
#define TF_CUR_FILTER_LEN 32
extern const uint32_t tf_currency_first_filter[TF_CUR_FILTER_LEN][27];

static inline const char *
tf_cur_code(const tf_currency *c)
{
	return tf_currency_pool + c->code_off;
}

static inline const char *
tf_cur_territories(const tf_currency *c)
{
	return tf_currency_pool + c->territories_off;
}

static inline const char *
tf_cform_key(const tf_currency_form *f)
{
	return tf_currency_pool + f->key_off;
}

static inline const char *
tf_cform_codes(const tf_currency_form *f)
{
	return tf_currency_pool + f->codes_off;
}

/* NULL if none */
static inline const char *
tf_cform_deflt(const tf_currency_form *f)
{
	return tf_pool_str(tf_currency_pool, f->deflt_off);
}

#endif							/* TF_CURRENCY_H */

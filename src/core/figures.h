/*
 * figures.h — what the files of the figures stage share: the per-document
 * context, its view of the lexicon, the numeral reader (numbers.c,
 * numbers_digits.c, numbers_fraction.c), currency forms (money.c), units of
 * percentages and quantities (figures_units.c), amounts (figures_amount.c),
 * the words around them (figures_context.c) and the exact arithmetic they
 * need beyond decimal.c (figures_decimal.c).
 *
 * The stage reads each token a bounded number of times: every reader looks at
 * most a fixed window of tokens ahead (FIG_MAX_NUMERAL_TOKENS, the longest
 * unit or currency name), and the main loop in figures.c moves past whatever
 * a figure consumed.
 */
#ifndef TF_FIGURES_H
#define TF_FIGURES_H

#include "doc.h"
#include "currency.h"
#include "lexicon.h"

/* ---- exact arithmetic (figures_decimal.c) ---- */

/* significant digits kept where a result does not terminate (2/3) */
#define FIG_DIV_DIGITS 15

extern void fig_dec_int(tf_decimal *d, uint64_t v);
/* *d += e, any signs; false on overflow */
extern bool fig_dec_add(tf_decimal *d, const tf_decimal *e);
/* *d *= e, rounded to 19 significant digits; false out of range */
extern bool fig_dec_mul(tf_decimal *d, const tf_decimal *e);
/* *d /= e, rounded to FIG_DIV_DIGITS significant digits; false if e == 0 */
extern bool fig_dec_div(tf_decimal *d, const tf_decimal *e);
/* rounds *d to at most digits significant digits */
extern bool fig_dec_round(tf_decimal *d, int digits);
/* *d = *d ^ n (|n| <= 64), rounded; false out of range */
extern bool fig_dec_pow(tf_decimal *d, int n);
/* true if d is an integer (after normalisation) */
extern bool fig_dec_is_int(const tf_decimal *d);
/* d as an integer if it is one below limit, else -1 */
extern int64_t fig_dec_small_int(const tf_decimal *d, int64_t limit);

/* ---- the document as the stage sees it ---- */

/* the units by the first byte of their words, in table order (figures_units.c) */
#define FIG_MAX_UNITS 256

typedef struct fig_unit_index
{
	bool		built;			/* false until the document's first unit match */
	uint16_t	first[128];		/* 1 + the first unit that begins with this byte, 0 if none */
	uint16_t	next[FIG_MAX_UNITS];	/* 1 + the next unit with the same first byte, 0 if none */
} fig_unit_index;

/*
 * The per-token arrays are kept small (6 bytes a token in all): they live
 * next to the tokens for the whole stage, so a byte here is a byte per five
 * of text.
 */
#define FIG_STEP_CACHE 256		/* a power of two */

typedef struct fig_step_cache
{
	int32_t		tok[FIG_STEP_CACHE];
	uint16_t	step[FIG_STEP_CACHE];
} fig_step_cache;

typedef struct fig_ctx
{
	tf_doc	   *doc;
	uint16_t   *lex;			/* per token: 1 + its lexicon entry's index, or 0 (fig_lex) */
	uint8_t    *skip;			/* per token: inside a URL, phone number, date shape ... */
	bool		lower_text;		/* the text has no upper-case ASCII letter */
	int		   *evidence;		/* per country: mentions (money.c fills it when first needed) */
	int		   *sent_year;		/* per sentence: the year of its last date, 0 if none (money.c) */
	int			latest_year;	/* the latest year of a date in the text (with sent_year) */
	bool		counts_in_lakhs;	/* a number in the text is counted in lakhs or crores */
	uint8_t    *next_num;		/* per token: 0 if a numeral may begin at it (fig_numeral_start),
								 * else how many tokens on the next one that may in its
								 * sentence is, FIG_FAR if none or further */
	/*
	 * The currency step of the tokens read last (money.c's token_step):
	 * tok[k] holds the token whose step is step[k] (1 no currency form
	 * begins with it, else 2 + its tf_currency_steps index), k its index
	 * modulo FIG_STEP_CACHE; -1 none.  A cache, not an array per token: the
	 * matcher asks of the same few tokens around a number again and again,
	 * and two bytes a token were a sixtieth of a long text's peak memory.
	 */
	struct fig_step_cache *steps;
	fig_unit_index units;		/* fig_match_unit's index, built on its first call */
} fig_ctx;

#define FIG_FAR 255

/* token i as a word of the lexicon (lexicon.h), or NULL: no number or function word */
static inline const tf_numword *
fig_lex(const fig_ctx *cx, int i)
{
	return (i >= 0 && i < cx->doc->ntok && cx->lex[i] != 0) ? &tf_lexicon[cx->lex[i] - 1].num : NULL;
}

static inline int
fig_cls(const fig_ctx *cx, int i)
{
	const tf_numword *w = fig_lex(cx, i);

	return w ? w->cls : NW_NONE;
}

/* a free token the stage may read */
static inline bool
fig_free(const fig_ctx *cx, int i)
{
	return i >= 0 && i < cx->doc->ntok && cx->doc->tok[i].claimed == 0 && !cx->skip[i];
}

static inline bool
fig_is_punct(const fig_ctx *cx, int i, uint32_t cp)
{
	return i >= 0 && i < cx->doc->ntok && cx->doc->tok[i].type != TF_TOK_WORD &&
		cx->doc->tok[i].type != TF_TOK_NUMBER && tf_tok_cp(cx->doc, i) == cp &&
		cx->doc->tok[i].bend - cx->doc->tok[i].bstart <= 4;
}

/* tokens i and i + 1 touch */
static inline bool
fig_glued(const fig_ctx *cx, int i)
{
	return tf_tok_glued(cx->doc, i);
}

/* token i is a word */
static inline bool
fig_is_word(const fig_ctx *cx, int i)
{
	return i >= 0 && i < cx->doc->ntok && cx->doc->tok[i].type == TF_TOK_WORD;
}

/* token i is the word w (lower-case ASCII) in any case */
static inline bool
fig_word_is(const fig_ctx *cx, int i, const char *w)
{
	return tf_tok_is_ci(cx->doc, i, w);
}

/* is token i a hyphen or dash (-, en dash, em dash, minus sign)? */
static inline bool
fig_is_dash(const fig_ctx *cx, int i)
{
	uint32_t	cp;

	if (i < 0 || i >= cx->doc->ntok || cx->doc->tok[i].type != TF_TOK_PUNCT)
		return false;
	cp = tf_tok_cp(cx->doc, i);
	return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 ||
		cp == 0x2014 || cp == 0x2212;
}

/* true if token i ends the phrase: end of text, sentence end, or punctuation */
static inline bool
fig_phrase_end(const fig_ctx *cx, int i)
{
	const tf_token *t;

	if (i >= cx->doc->ntok)
		return true;
	t = &cx->doc->tok[i];
	if (t->flags & TF_TF_SENT_START)
		return true;
	return t->type == TF_TOK_PUNCT && !fig_is_dash(cx, i);
}

/* a hyphen glued on both sides: "12-cent", "25-basis-point" */
static inline bool
fig_glued_dash(const fig_ctx *cx, int i)
{
	return fig_is_dash(cx, i) && i > 0 && fig_glued(cx, i - 1) && fig_glued(cx, i);
}

/* is the word at i one that a noun phrase cannot contain? */
static inline bool
fig_stop_word(const fig_ctx *cx, int i)
{
	const tf_numword *w = fig_lex(cx, i);

	return w != NULL && ((w->flags & NWF_STOP) || w->cls != NW_OTHER);
}

/* token i is a plain integer (ASCII digits only); sets *ndigits */
extern bool fig_plain_int(const tf_doc *doc, int i, int *ndigits);

/* ---- numerals (numbers.c, numbers_digits.c) ---- */

#define FIG_MAX_NUMERAL_TOKENS 48	/* the longest numeral read */

/* numeral flags */
#define FIG_N_SPELLED	0x0001	/* has a number word */
#define FIG_N_SCALE		0x0002	/* ends in a scale word (million, bn) */
#define FIG_N_FRACTION	0x0004	/* a fraction or mixed number */
#define FIG_N_DECIMAL	0x0008	/* written with a decimal point */
#define FIG_N_YEARLIKE	0x0010	/* four ungrouped digits 1800..2100 and nothing else */
#define FIG_N_DIGITS	0x0020	/* one plain digit token and nothing else */
#define FIG_N_GROUPED	0x0040	/* digits with group separators */
#define FIG_N_POWER		0x0080	/* 1.1^23, 1.3x10^6, 12.32e+14 */
#define FIG_N_A			0x0100	/* begins with "a"/"an" */
#define FIG_N_LEADZERO	0x0200	/* digits with a leading zero (0033) */

typedef struct fig_numeral
{
	tf_decimal	value;
	tf_decimal	unscaled;		/* the value before a trailing scale word */
	int			first;
	int			last;
	int			scale;			/* power of ten of the trailing scale, 0 if none */
	unsigned	flags;
} fig_numeral;

/*
 * Reads a numeral starting at token i: digits ("1,00,000", "4.7", ".77",
 * "40 000"), number words ("one hundred and twenty", "three crore twelve
 * lakh"), decimals ("two point two"), fractions ("two thirds", "2 1/4", "one
 * and a half"), scales, glued or not ("2.7million", "10k", "half a billion").
 * after_currency allows "m" and "b" as million and billion, and digits glued
 * to the letters before them ("USD115").  False if no numeral starts at i.
 */
extern bool fig_read_numeral(const fig_ctx *cx, int i, bool after_currency,
							 fig_numeral *out);
/*
 * Number token i as a list ("22,24,26,31": three or more comma-separated
 * parts that are no grouping): the byte offset and length of each part in
 * offs/lens; returns how many (0 if it is no list).
 */
extern int	fig_comma_list(const tf_doc *doc, int i, int *offs, int *lens, int max);
/*
 * The numeral reader's own (numbers_digits.c, read by numbers.c): may token
 * i continue a numeral begun at start (free, in the window, in the
 * sentence)?  The digits at token i and what extends them, with FIG_N_*
 * flags; a vulgar fraction character ("¾").
 */
extern bool fig_usable(const fig_ctx *cx, int start, int i);
extern bool fig_read_digits(const fig_ctx *cx, int i, tf_decimal *v, int *last,
							unsigned *flags);
extern bool fig_vulgar_fraction(const fig_ctx *cx, int i, tf_decimal *v);

/* the value of word token i if it is of class cls (a unit, teen or tens word), or -1 */
static inline int
fig_word_value(const fig_ctx *cx, int i, int cls)
{
	const tf_numword *w = fig_lex(cx, i);

	return (w && w->cls == cls) ? w->val : -1;
}

/*
 * Fractions and decimals (numbers_fraction.c, read by numbers.c): a
 * fraction at token i ("two thirds", "a half"; need_proper: below one); the
 * denominator at token j over a numerator already read; the digits after
 * "point" at token i; a tens word and a unit ordinal ("twenty-first").
 */
extern bool fig_read_fraction(const fig_ctx *cx, int start, int i, bool need_proper,
							  tf_decimal *v, int *last);
extern bool fig_read_denominator(const fig_ctx *cx, int start, int j,
								 const tf_decimal *numerator, bool need_proper, tf_decimal *v,
								 int *last);
extern bool fig_read_point_digits(const fig_ctx *cx, int start, int i, tf_decimal *frac,
								  int *last);
extern bool fig_tens_ordinal(const fig_ctx *cx, int start, int i, int *den, int *last);
/* is number token i, "/", number token i + 2 a fraction the reader accepts ("3/4")? */
extern bool fig_slash_fraction_ok(const tf_doc *doc, int i);

/*
 * Can a numeral start at token i?  A cheap test, inline: the stage asks it
 * of every token.
 */
static inline bool
fig_numeral_start(const fig_ctx *cx, int i)
{
	const tf_token *t;
	int			c;

	if (!fig_free(cx, i))
		return false;
	t = &cx->doc->tok[i];
	if (t->type == TF_TOK_NUMBER)
		return true;
	if (t->type == TF_TOK_PUNCT)
		return tf_tok_cp(cx->doc, i) == '.' && i + 1 < cx->doc->ntok && cx->doc->tok[i + 1].type == TF_TOK_NUMBER;
	c = fig_cls(cx, i);
	/* a vulgar fraction ("¾") is a word of one character, never ASCII */
	return c == NW_ZERO || c == NW_UNIT || c == NW_TEEN || c == NW_TENS || c == NW_HUNDRED ||
		c == NW_A || c == NW_HALF || c == NW_QUARTER || c == NW_POINT ||
		(t->type == TF_TOK_WORD && !(t->flags & TF_TF_ASCII) && tf_tok_one_char(cx->doc, i) &&
		 tf_tok_cp(cx->doc, i) >= 0xBC);
}

/* ---- currencies (money.c) ---- */

typedef struct fig_currency
{
	const tf_currency_form *form;
	int			first;
	int			last;
	const char *iso;			/* resolved code (static), or NULL when unknown */
	int			digits;			/* minor units of iso (2 when unknown) */
	int			scale;			/* a scale in the form itself ("MEUR": 6) */
} fig_currency;

#define FIG_CUR_BEFORE 1		/* the form stands before the number */
#define FIG_CUR_AFTER 2			/* after it */

/*
 * Matches a currency form starting at token i, read before or after a number
 * (FIG_CUR_BEFORE / FIG_CUR_AFTER); the longest form wins.  Resolves the
 * form's currency with the document's countries and the dollar option.
 */
extern bool fig_match_currency(const fig_ctx *cx, int i, int where, fig_currency *out);
/* may a currency form begin at token i?  (a cheap test: its first token) */
extern bool fig_currency_may_begin(const fig_ctx *cx, int i);
/* the currency of a code ("USD"), or NULL */
extern const tf_currency *fig_currency_by_code(const char *code);

/* ---- units of percentages and quantities (figures_units.c) ---- */

typedef enum fig_unit_kind
{
	U_PERCENT,
	U_QUANTITY
} fig_unit_kind;

typedef struct fig_unit
{
	const char *canon;			/* "%", "pp", "bp", "barrel", "m3" */
	uint8_t		kind;			/* fig_unit_kind */
	int8_t		pow10;			/* value multiplier ("bcm": 9) */
	int			first;
	int			last;
} fig_unit;

/* Matches a unit after a number starting at token i (the longest wins). */
extern bool fig_match_unit(const fig_ctx *cx, int i, fig_unit *out);
/*
 * The counted noun after a number at token i ("70 businesspersons"), or NULL:
 * a lower-case plural noun that is no unit, stop word or verb.
 */
/* a singular calendar unit at token i, the unit of a duration ("one year", "three-day"); its last token */
extern bool fig_duration_unit(const fig_ctx *cx, int i, int *last);
extern bool fig_counted_noun(const fig_ctx *cx, int i);

/*
 * true if unit[0..len) is the canonical name of a unit the figures stage
 * writes for facts of kind (TF_PERCENT: %, pp, bp; TF_QUANTITY: barrel,
 * tonne, m3, MW, ...); what a fact key may hold (factkey.c).
 */
extern bool tf_unit_canonical(tf_kind kind, const char *unit, size_t len);

/* ---- amounts (figures_amount.c) ---- */

/* what the stage reads as one figure: a numeral and what it carries */
typedef struct amount
{
	int			first;			/* span */
	int			last;
	int			num_first;		/* the numeral */
	int			num_last;
	tf_decimal	value;			/* in units of the currency or unit */
	tf_decimal	unscaled;		/* for ranges: the value before a trailing scale */
	int			scale;
	tf_kind		kind;
	const char *unit;			/* ISO code, %, pp, bp, quantity unit, counted noun */
	bool		has_currency;
	bool		has_unit;		/* a currency, percent or quantity unit */
	bool		cur_before;		/* the currency stands before the number */
	bool		counted;		/* unit is a counted noun */
	unsigned	nflags;
	fig_currency cur;
	bool		sub;			/* cents: the value is in minor units */
	bool		coin;
	bool		whole_phrase;	/* needs to be the whole sentence (coins) */
} amount;

/*
 * Reads an amount at token i: an optional sign and currency, a numeral, and
 * what follows it (currency, scale after a code, unit, counted noun, cents).
 */
extern bool fig_read_amount(const fig_ctx *cx, int i, amount *a);
/* "a quarter", "nickel": a coin named alone as the whole sentence at token k */
extern bool fig_lone_coin(const fig_ctx *cx, int k);
/* the phrase [first, last] is a whole sentence (a caption or a query) */
extern bool fig_whole_sentence(const fig_ctx *cx, int first, int last);

/* ---- the words around a figure (figures_context.c) ---- */

/* the hedge phrase that ends at token e (lower case, static), or NULL; *first gets its start */
extern const char *fig_hedge_before(const fig_ctx *cx, int e, int *first);
/* is this bare number part of something else (a year, a date, a time, a name)? */
extern bool fig_not_a_figure(const fig_ctx *cx, const amount *a);
/* sets detail.object of money fact: the noun phrase the amount [first, last] is of */
extern void fig_set_object(tf_doc *doc, const fig_ctx *cx, tf_fact *fact, int first, int last);
/* a verb of change (or "by") before the amount at first: "rose 0.3 percent to 5.2 percent" */
extern bool fig_change_before(const fig_ctx *cx, int first);
/* the same, for a verb of a level that moves by itself ("rose", "fell") only */
extern bool fig_move_before(const fig_ctx *cx, int first);
/* marks cx->skip for the shapes with digits that are no figures in the glued run i..e */
extern void fig_mark_non_figures(fig_ctx *cx, int i, int e);

#endif							/* TF_FIGURES_H */

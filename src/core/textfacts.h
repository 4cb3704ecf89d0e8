/*
 * textfacts.h — the whole public face of the textfacts extraction engine.
 *
 * The engine turns UTF-8 text into facts (entities and figures).  It is plain
 * C99 plus ICU and knows nothing of PostgreSQL: the caller passes in an
 * allocator and an error handler (as PostGIS's liblwgeom does), so the same
 * code runs inside a backend, in the command-line tool, in unit tests,
 * benchmarks and fuzzers.
 *
 * Memory: every allocation of one extraction goes through the caller's
 * allocator into an arena that tf_result_free() releases at once.  The error
 * handler must not return (a backend ereports, the CLI exits).
 */
#ifndef TEXTFACTS_H
#define TEXTFACTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * The engine version is stamped into every factvector: a change that alters
 * extraction results bumps it, and fact indexes built by an older engine must
 * then be rebuilt (REINDEX), as with a changed text search dictionary.
 */
#define TF_ENGINE_VERSION "0.2.2"
#define TF_ENGINE_VERSION_NUM 202	/* major * 10000 + minor * 100 + patch */

/* Longest input the engine accepts; offsets are 32-bit. */
#define TF_MAX_INPUT_BYTES ((size_t) 0x3FFFFFFF)

/*
 * Largest single request the engine makes of its allocator (PostgreSQL's
 * palloc limit, 1 GB - 1): a count times a size above it is refused through
 * error() with TF_MSG_TOO_LARGE, never wrapped around or passed on.
 */
#define TF_MAX_ALLOC ((size_t) 0x3FFFFFFF)

/*
 * The messages error() receives when a document passes a limit, so that a
 * caller can tell them apart (strcmp) and add advice: more facts than
 * tf_options.max_facts allows; more tokens than one token array can hold;
 * an output (a headline) longer than its limit; and any other request past
 * TF_MAX_ALLOC.
 */
#define TF_MSG_TOO_MANY_FACTS	"textfacts: the document has more facts than the limit allows"
#define TF_MSG_TOO_MANY_TOKENS	"textfacts: the document has more tokens than the engine can hold"
#define TF_MSG_OUTPUT_TOO_LONG	"textfacts: the result would be longer than its limit"
#define TF_MSG_TOO_LARGE		"textfacts: the document needs an allocation above the engine's limit"

typedef struct tf_allocator
{
	/* returns memory, or calls error() and does not return */
	void	   *(*alloc) (void *ctx, size_t size);
	void		(*free) (void *ctx, void *ptr);
	/* reports a failure (out of memory, input too long); must not return */
	void		(*error) (void *ctx, const char *message);
	/*
	 * Called now and then during long work (every few thousand turns of every
	 * loop over the document, TF_INTERRUPT_EVERY) so that a backend can honour
	 * a cancel request; may be NULL.  It may not return (a backend's
	 * CHECK_FOR_INTERRUPTS ereports).
	 */
	void		(*check_interrupts) (void *ctx);
	void	   *ctx;
} tf_allocator;

/* An allocator over malloc/free whose error() prints and exits. */
extern const tf_allocator tf_malloc_allocator;

typedef enum tf_kind
{
	TF_PERSON = 0,
	TF_ORG,
	TF_COUNTRY,
	TF_PLACE,
	TF_NATIONALITY,
	TF_MONEY,
	TF_PERCENT,
	TF_NUMBER,
	TF_QUANTITY,
	TF_DATE,
	TF_NKINDS
} tf_kind;

#define TF_KIND_BIT(k)		(1u << (k))
#define TF_ENTITY_KINDS		(TF_KIND_BIT(TF_PERSON) | TF_KIND_BIT(TF_ORG) | \
							 TF_KIND_BIT(TF_COUNTRY) | TF_KIND_BIT(TF_PLACE) | \
							 TF_KIND_BIT(TF_NATIONALITY))
#define TF_FIGURE_KINDS		(TF_KIND_BIT(TF_MONEY) | TF_KIND_BIT(TF_PERCENT) | \
							 TF_KIND_BIT(TF_NUMBER) | TF_KIND_BIT(TF_QUANTITY) | \
							 TF_KIND_BIT(TF_DATE))
#define TF_ALL_KINDS		(TF_ENTITY_KINDS | TF_FIGURE_KINDS)

/* "person", "money", ...; NULL for an out-of-range kind */
extern const char *tf_kind_name(tf_kind kind);
/* the kind named by name[0..len), or -1 */
extern int	tf_kind_from_name(const char *name, size_t len);

/*
 * An exact decimal: (neg ? -1 : 1) * coef * 10^exp.  Figures are carried this
 * way from the digits of the text to numeric, never through a binary double,
 * so "1.1 billion" is exactly 1100000000.
 */
typedef struct tf_decimal
{
	uint64_t	coef;
	int32_t		exp;
	bool		neg;
} tf_decimal;

#define TF_DECIMAL_MAX_EXP	40		/* |exp| bound, keeps formatting bounded */
#define TF_DECIMAL_BUFSIZE	(20 + TF_DECIMAL_MAX_EXP + 4)

/* Plain decimal notation without exponent ("3000000000", "-0.5"); returns length. */
extern size_t tf_decimal_format(const tf_decimal *d, char *buf, size_t bufsize);
/* Strips trailing zeros of coef into exp, so equal values have one form. */
extern void tf_decimal_normalize(tf_decimal *d);
/* *d *= 10^n; false (and *d unchanged) when out of range */
extern bool tf_decimal_shift(tf_decimal *d, int n);
/* *d *= m (m >= 0); false (and *d unchanged) on overflow */
extern bool tf_decimal_mul_int(tf_decimal *d, uint64_t m);
/* *d += e for values of the same sign; false on overflow */
extern bool tf_decimal_add(tf_decimal *d, const tf_decimal *e);
/* -1, 0, 1 */
extern int	tf_decimal_cmp(const tf_decimal *a, const tf_decimal *b);
/*
 * Parses [-]digits[.digits][e[+-]digits] (no grouping) from s[0..len).
 * Returns false if it is not exactly that or does not fit.
 */
extern bool tf_decimal_parse(const char *s, size_t len, tf_decimal *out);

/* Key/value pairs of a fact's detail (the jsonb column). */
#define TF_MAX_DETAIL 8
typedef struct tf_detail
{
	const char *key;
	const char *str;			/* string value, or NULL when is_num */
	tf_decimal	num;
	bool		is_num;
} tf_detail;

/*
 * One fact: one mention in the text.  Its details (at most TF_MAX_DETAIL)
 * live out of line, so that a fact without any costs no room for them:
 * detail[0..ndetail) is an array in the result's arena.
 */
typedef struct tf_fact
{
	tf_kind		kind;
	uint32_t	bpos;			/* 0-based byte offset of the span */
	uint32_t	blen;			/* its length in bytes */
	uint32_t	cpos;			/* 0-based character offset */
	uint32_t	clen;			/* length in characters */
	uint32_t	sentence;		/* 1-based */
	const char *norm;			/* canonical form, or NULL */
	const char *unit;			/* ISO 4217, %, bp, unit name, or NULL */
	tf_decimal	value;
	bool		has_value;
	int			ndetail;
	const tf_detail *detail;
} tf_fact;

/* A calendar date; y == 0 means "none". */
typedef struct tf_date
{
	int			y;
	int			m;
	int			d;
} tf_date;

/*
 * A user dictionary: entities the user teaches the engine (companies, tickers,
 * local bodies).  Its names are found like the built-in ones (longest match;
 * an org owns the country inside its name) and win over a built-in name of
 * the same extent.  Built once, read by any number of extractions.
 */
typedef struct tf_userdict tf_userdict;

extern tf_userdict *tf_userdict_create(const tf_allocator *a);
/*
 * Adds name[0..len) as an entity of kind (an entity kind) with the canonical
 * form norm[0..normlen) (normlen 0: the name itself).  Returns false, adding
 * nothing, for an empty or over-long name (TF_USERDICT_MAX_NAME bytes) or a
 * kind that is not an entity kind.
 */
#define TF_USERDICT_MAX_NAME 150
extern bool tf_userdict_add(tf_userdict *d, tf_kind kind, const char *name, size_t len,
							const char *norm, size_t normlen);
extern int	tf_userdict_count(const tf_userdict *d);
extern void tf_userdict_free(tf_userdict *d);

typedef struct tf_options
{
	uint32_t	kinds;			/* TF_KIND_BIT mask of kinds to return */
	const tf_userdict *dict;	/* a user dictionary, or NULL */
	tf_date		ref_date;		/* the document's date, or y == 0 */
	const char *dollar;			/* ISO code of a bare "$" (NULL: "USD") */
	/*
	 * Most facts one document may have (all kinds found, before the kinds
	 * asked for are picked); one more calls error() with
	 * TF_MSG_TOO_MANY_FACTS.  0: no limit but the engine's own.
	 */
	uint32_t	max_facts;
	bool		sentences;		/* fill tf_result.sentences */
} tf_options;

extern void tf_options_init(tf_options *opts);

/* A span of bytes of the text, [bstart, bend). */
typedef struct tf_span
{
	uint32_t	bstart;
	uint32_t	bend;
} tf_span;

typedef struct tf_result
{
	tf_fact    *facts;			/* sorted by position */
	int			nfacts;
	uint32_t	nsentences;
	/*
	 * With tf_options.sentences: sentences[s - 1] is the span of sentence s,
	 * from its first token's start to its last token's end; else NULL.
	 */
	const tf_span *sentences;
	void	   *arena;			/* private: everything above lives here */
} tf_result;

/*
 * Extracts the facts of text[0..len) (UTF-8).  Invalid UTF-8 bytes count as
 * one character each and never form part of a fact.
 */
extern void tf_extract(const tf_allocator *a, const char *text, size_t len,
					   const tf_options *opts, tf_result *out);
extern void tf_result_free(const tf_allocator *a, tf_result *res);

/* Detail lookup helpers for callers. */
extern const tf_detail *tf_fact_detail(const tf_fact *f, const char *key);

/*
 * The ISO 3166-1 alpha-2 code (static string) of a country named by
 * name[0..len): an alpha-2 or alpha-3 code or a name the gazetteer knows
 * (a country or a nationality: "pakistan", "PK", "PAK", "Pakistani"), in any
 * case.  NULL if unknown.
 */
extern const char *tf_country_code(const char *name, size_t len);

/*
 * true if code is an ISO 4217 currency code the engine knows (current or
 * historic, upper case: "USD", "PKR", "FRF"); what tf_options.dollar may be.
 */
extern bool tf_currency_known(const char *code);

/*
 * The ISO 4217 code written s[0..len) in any case ("cad", "Cad", "CAD"):
 * true and the upper-case code in out when the engine knows it.  How the SQL
 * dollar argument and the CLI's --dollar read a currency.
 */
extern bool tf_currency_code(const char *s, size_t len, char out[4]);

/*
 * Tokens, exposed for tests and tools (headline marking, benchmarks).
 */
typedef enum tf_token_type
{
	TF_TOK_WORD,				/* letters and marks */
	TF_TOK_NUMBER,				/* ASCII digits with inner , . or thin-space groups */
	TF_TOK_PUNCT,				/* one punctuation character */
	TF_TOK_SYMBOL				/* one other character ($, €, %, invalid byte) */
} tf_token_type;

/* token flags */
#define TF_TF_SPACE_BEFORE	0x0001	/* whitespace between this and previous token */
#define TF_TF_NEWLINE_BEFORE 0x0002 /* ... containing a line break */
#define TF_TF_PARA_BEFORE	0x0004	/* ... containing a blank line */
#define TF_TF_CAP			0x0008	/* word starts with an upper-case letter */
#define TF_TF_UPPER			0x0010	/* word has letters, all upper case */
#define TF_TF_LOWER			0x0020	/* word has letters, all lower case */
#define TF_TF_ASCII			0x0040	/* token is pure ASCII */
#define TF_TF_SENT_START	0x0080	/* first token of a sentence */
#define TF_TF_NONAME		0x0100	/* inside a phrase that names nothing ("Brent
									 * crude", data/not_names.tsv): set by the
									 * entity stage for the stages after it */

/*
 * 16 bytes: a document holds one per word, number and punctuation mark at
 * once, so every byte here is about a byte per five of text.  What can be
 * read from the text is not kept: character offsets (tf_extract counts them
 * for the facts only, tf_char_count) and the first code point
 * (tf_token_cp).
 */
typedef struct tf_token
{
	uint32_t	bstart;
	uint32_t	bend;
	uint32_t	sentence;		/* 1-based */
	uint16_t	flags;
	uint8_t		type;			/* tf_token_type */
	uint8_t		claimed;		/* 0, or 1 + kind of the fact that owns it */
} tf_token;

typedef struct tf_tokens
{
	tf_token   *tok;
	int			ntok;
	uint32_t	nsentences;
	uint32_t	nchars;
} tf_tokens;

/*
 * Tokenizes text; the array comes from a->alloc and is freed with a->free.
 * It is sized by a first pass that counts the tokens (a bound, a few over
 * where numbers hold separators), and a document with more tokens than one
 * allocation of TF_MAX_ALLOC bytes holds is refused through error() with
 * TF_MSG_TOO_MANY_TOKENS.
 */
extern void tf_tokenize(const tf_allocator *a, const char *text, size_t len,
						tf_tokens *out);

/*
 * The number of characters of s[0..len) as the tokenizer and fact offsets
 * count them: code points, an invalid byte counting as one.
 */
extern size_t tf_char_count(const char *s, size_t len);

/* the first code point of token t of text (U+FFFD for an invalid byte) */
extern uint32_t tf_token_cp_slow(const char *text, const tf_token *t);

static inline uint32_t
tf_token_cp(const char *text, const tf_token *t)
{
	unsigned char b = (unsigned char) text[t->bstart];

	return b < 0x80 ? b : tf_token_cp_slow(text, t);
}

#endif							/* TEXTFACTS_H */

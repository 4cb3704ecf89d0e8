/*
 * factsearch.h — the public face of fact values and fact queries: the
 * binary fact key, the factvector layout and its text and wire forms, and
 * the factquery language.  Plain C99 like the rest of src/core, so the
 * parsers run (and are fuzzed) without a server; src/pg wraps them as the
 * SQL types factvector and factquery.
 *
 * A fact key is one distinct fact of a document as bytes whose byte-wise
 * order is the order a query needs:
 *
 *   entity   [kind] norm                          person, org, country, place, nationality
 *   figure   [kind] unit 0x00 number              money, percent, number, quantity
 *   date     [kind] 0x01 from(4) to(4) norm       a date with a calendar interval
 *            [kind] 0x00 norm                     an unresolved one (XXXX-09)
 *
 * [kind] is one byte (tf_kind + 1).  "number" is an order-preserving
 * encoding of an exact decimal (tf_numenc): negative < zero < positive, then
 * by magnitude, then digit by digit, so that every comparison or range over
 * one unit is one contiguous run of keys.  from and to are day numbers
 * (0001-01-01 is day 1), big-endian, so date keys run in order of their
 * start.  Every key has exactly one encoding (canonical), so two keys are
 * the same fact exactly when their bytes are equal.
 *
 * The text form of a key is what users see in a factvector literal:
 *
 *   country:PK   person:Khawaja Muhammad Asif   org:International Monetary Fund
 *   money:USD:3000000000   percent:%:6.9   number::70   number:businesspersons:70
 *   date:2024-09   date:2024-09@2024-09-01..2024-09-10   date:XXXX-09
 *
 * A figure without a unit has an empty unit (number::70).  A date shows its
 * interval after '@' only when it differs from the one its TIMEX3 value
 * names (2024-09 names September); an unresolved date has none.
 */
#ifndef TF_FACTSEARCH_H
#define TF_FACTSEARCH_H

#include "textfacts.h"

#include <string.h>

/* ---- limits ---- */

/*
 * Longest binary key.  GIN refuses entries above about a third of a page
 * (2.7 kB); keys stay far below, so an index build never fails on one.  A
 * fact whose key would be longer (a 500-byte "name" is noise, not a fact) is
 * left out of to_factvector's result; typed input raises an error.
 */
#define TF_KEY_MAX			512
/* longest text form of a key (kind name, separators, decimal digits) */
#define TF_KEY_TEXT_MAX		(TF_KEY_MAX + 128)
/* most bytes of an encoded number */
#define TF_NUMENC_MAX		24
/* mention counts saturate here */
#define TF_FV_MAX_COUNT		65535
/* largest factvector (after the varlena header): 1 MB */
#define TF_FV_MAX_BYTES		((size_t) 1 << 20)

#define TF_FV_FORMAT_VERSION 1

/* ---- errors of the parsers ---- */

typedef enum tf_errcode
{
	TF_OK = 0,
	TF_ERR_SYNTAX,				/* malformed text: SQLSTATE 42601 */
	TF_ERR_LIMIT,				/* too long, too many, too deep: 54000 */
	TF_ERR_BINARY,				/* malformed binary (wire) input: 22P03 */
	TF_ERR_VALUE				/* well-formed but names nothing: an unknown
								 * country, currency or unit, a date off the
								 * calendar: 22P02 */
} tf_errcode;

typedef struct tf_parse_error
{
	tf_errcode	code;
	int			pos;			/* 1-based character of the input, 0: none */
	char		message[160];	/* lower case, no final period */
	char		hint[200];		/* a sentence, or "" */
} tf_parse_error;

/* ---- numbers and dates in keys (factkey.c) ---- */

/* the order-preserving bytes of d; returns their length (<= TF_NUMENC_MAX) */
extern size_t tf_numenc(const tf_decimal *d, uint8_t *out);
/* decodes s[0..len) entirely; false unless it is a canonical encoding */
extern bool tf_numdec(const uint8_t *s, size_t len, tf_decimal *d);

/* day number of a valid date (0001-01-01 is 1); 0 if y/m/d is not a date */
extern int32_t tf_day_number(int y, int m, int d);
extern void tf_day_ymd(int32_t day, int *y, int *m, int *d);

/*
 * The calendar interval a TIMEX3 value names: YYYY, YYYY-MM, YYYY-MM-DD,
 * YYYY-Www (ISO week), YYYY-Qn, YYYY-Hn, or an ISO 8601 interval of two of
 * them ("2020/2023", the norm of a date range).  Returns 1 and sets *from, *to;
 * 0 if s is not of one of these shapes (XXXX-09, PRESENT_REF); -1 if it has
 * one of the shapes but names no date (2024-13, 2023-02-29, 2024-W54, or a
 * year of more than four digits: 99999-01-01).
 */
extern int	tf_timex_interval(const char *s, size_t len, int32_t *from, int32_t *to);

/* ---- fact keys (factkey.c) ---- */

static inline int
tf_key_cmp(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen)
{
	size_t		n = alen < blen ? alen : blen;
	int			c = n ? memcmp(a, b, n) : 0;

	if (c != 0)
		return c < 0 ? -1 : 1;
	return alen < blen ? -1 : alen > blen ? 1 : 0;
}

/* the kind of a key, or -1 */
static inline int
tf_key_kind(const uint8_t *key, size_t len)
{
	return len > 0 && key[0] >= 1 && key[0] <= TF_NKINDS ? key[0] - 1 : -1;
}

static inline bool
tf_kind_is_figure(int kind)
{
	return kind == TF_MONEY || kind == TF_PERCENT || kind == TF_NUMBER || kind == TF_QUANTITY;
}

/*
 * The binary key of text[0..len) (the text form above) into out
 * (TF_KEY_MAX bytes).  Returns its length, or 0 with *err set.  Country and
 * nationality values are normalised to ISO codes (tf_country_code), money
 * units to upper case, numbers to their canonical form.
 */
extern size_t tf_factkey_from_text(const char *text, size_t len, uint8_t *out,
								   tf_parse_error *err);

/* The text form of a valid key into buf (TF_KEY_TEXT_MAX); returns its length. */
extern size_t tf_factkey_to_text(const uint8_t *key, size_t len, char *buf);

/*
 * Whether facts of a figure kind can have unit[0..len) (a money unit in upper
 * case): NULL if they can, else the hint of an error, with *what naming the
 * sort of unit for its message ("currency", "percent unit", "quantity unit").
 * Money: an ISO 4217 code the engine knows, current or historic, or none (an
 * amount whose currency the text leaves open); percent: %, pp or bp; a
 * quantity: a unit the figures stage writes; a number: any (its counted noun).
 */
extern const char *tf_figure_unit_error(int kind, const char *unit, size_t len,
										const char **what);

/* true if key[0..len) is a canonical key (what the wire decoder checks) */
extern bool tf_factkey_valid(const uint8_t *key, size_t len);

/*
 * The key of an extracted fact of document text; 0 if it has none (a figure
 * without a value, a key longer than TF_KEY_MAX).
 */
extern size_t tf_factkey_from_fact(const tf_fact *f, const char *text, uint8_t *out);

/* true if s[0..len) is valid UTF-8 without NUL bytes */
extern bool tf_utf8_valid(const char *s, size_t len);

/* ---- factvector (factvector.c) ---- */

/*
 * The flat layout, stored after the 4-byte varlena length word (so 4-byte
 * aligned): a header, one slot per key, then the keys' bytes in key order.
 * No pointers, OIDs or other node-local values.
 */
typedef struct tf_fv_header
{
	uint8_t		version;		/* TF_FV_FORMAT_VERSION */
	uint8_t		flags;			/* reserved, 0 */
	uint16_t	reserved;		/* reserved, 0 */
	uint32_t	engine;			/* TF_ENGINE_VERSION_NUM of the maker; 0: typed */
	uint32_t	nkeys;
} tf_fv_header;

typedef struct tf_fv_slot
{
	uint32_t	off;			/* offset of the key in the key data */
	uint16_t	len;
	uint16_t	count;			/* mentions, 1..TF_FV_MAX_COUNT */
} tf_fv_slot;

static inline const tf_fv_slot *
tf_fv_slots(const tf_fv_header *h)
{
	return (const tf_fv_slot *) (h + 1);
}

static inline const uint8_t *
tf_fv_keydata(const tf_fv_header *h)
{
	return (const uint8_t *) (tf_fv_slots(h) + h->nkeys);
}

static inline const uint8_t *
tf_fv_key(const tf_fv_header *h, uint32_t i, size_t *len)
{
	const tf_fv_slot *s = &tf_fv_slots(h)[i];

	*len = s->len;
	return tf_fv_keydata(h) + s->off;
}

/* A key being collected; key points to memory the caller keeps alive. */
typedef struct tf_fv_entry
{
	const uint8_t *key;
	uint32_t	len;
	uint32_t	count;
} tf_fv_entry;

/*
 * Builds a factvector from entries in any order, duplicates summed: returns
 * a block from a->alloc of hdrsize bytes (left for the caller: the varlena
 * header) followed by the flat layout, and its total size in *size.
 * Returns NULL with *err (TF_ERR_LIMIT) if it would exceed TF_FV_MAX_BYTES.
 * Sorts entries in place.
 */
extern void *tf_fv_build(const tf_allocator *a, size_t hdrsize, tf_fv_entry *e, int n,
						 uint32_t engine, size_t *size, tf_parse_error *err);

/*
 * Parses the text form: entries 'key' or 'key':count separated by white
 * space, in any order (duplicates are summed), quotes and backslashes in a
 * key escaped with a backslash.  Returns a block as tf_fv_build does.
 */
extern void *tf_fv_parse_text(const tf_allocator *a, size_t hdrsize, const char *s,
							  size_t len, size_t *size, tf_parse_error *err);

/* The canonical text form, NUL-terminated, from a->alloc. */
extern char *tf_fv_format_text(const tf_allocator *a, const tf_fv_header *h);

/*
 * The wire (send/receive) form, network byte order:
 *   uint8 version, uint32 engine, uint32 nkeys,
 *   nkeys x (uint16 count, uint16 length, length bytes of key)
 * keys in strictly ascending order.
 */
extern size_t tf_fv_wire_size(const tf_fv_header *h);
extern void tf_fv_wire_write(const tf_fv_header *h, uint8_t *out);

/*
 * Decodes the wire form in buf[0..len): validates all of it (version,
 * counts, lengths against what remains, canonical keys, strict order, size
 * limit) before allocating, then returns a block as tf_fv_build does.
 */
extern void *tf_fv_from_wire(const tf_allocator *a, size_t hdrsize, const uint8_t *buf,
							 size_t len, size_t *size, tf_parse_error *err);

/* Checks a flat layout of size bytes completely (fuzzing, assertions). */
extern bool tf_fv_check(const tf_fv_header *h, size_t size);

/* index of the first key >= key[0..len) (h->nkeys if none) */
extern uint32_t tf_fv_lower_bound(const tf_fv_header *h, const uint8_t *key, size_t len);

/* the union of a and b, counts summed; engine = the older of the two */
extern void *tf_fv_merge(const tf_allocator *a, size_t hdrsize, const tf_fv_header *x,
						 const tf_fv_header *y, size_t *size, tf_parse_error *err);

/* true if every key of y is a key of x (counts are not compared) */
extern bool tf_fv_contains(const tf_fv_header *x, const tf_fv_header *y);

/* total order for btree: keys, then counts, then number of keys */
extern int	tf_fv_cmp(const tf_fv_header *x, const tf_fv_header *y);

/* ---- factquery (factquery_parse.c, _term.c, _format.c, _match.c) ---- */

#define TF_FQ_FORMAT_VERSION 1
#define TF_FQ_MAX_NODES		4096	/* terms and operators in one query */
#define TF_FQ_MAX_DEPTH		64		/* nesting of ( and ! */

typedef enum tf_fq_type
{
	TF_FQ_TERM = 1,
	TF_FQ_AND,
	TF_FQ_OR,
	TF_FQ_NOT
} tf_fq_type;

/* the forms of a term */
typedef enum tf_fq_form
{
	TF_FQ_KIND = 1,				/* money: any fact of the kind */
	TF_FQ_NORM,					/* org:"World Bank", date:XXXX-09: norm is str */
	TF_FQ_PREFIX,				/* org:Bank*: norm starts with str */
	TF_FQ_FIGURE,				/* money:USD>=1e9, percent:5..10, money:USD */
	TF_FQ_DATE					/* date:2024-09, date>=2024-09, date:A..B */
} tf_fq_form;

/* how a comparison was written (for the canonical text) */
typedef enum tf_fq_cmp
{
	TF_CMP_NONE = 0,			/* figure: unit only */
	TF_CMP_EQ,					/* = (date: the ':' form) */
	TF_CMP_LT,
	TF_CMP_LE,
	TF_CMP_GT,
	TF_CMP_GE,
	TF_CMP_RANGE				/* A..B, inclusive */
} tf_fq_cmp;

/* term flags */
#define TF_FQ_HAS_UNIT	0x01	/* figure: str is the unit (may be empty) */
#define TF_FQ_HAS_LO	0x02	/* figure: lo is a bound */
#define TF_FQ_LO_INCL	0x04
#define TF_FQ_HAS_HI	0x08	/* figure: hi is a bound */
#define TF_FQ_HI_INCL	0x10

/*
 * One node of a query, in prefix order: an operator is followed by its
 * operands' subtrees.  Strings live in the string area after the nodes.
 * figure: lo and hi are encoded numbers (tf_numenc).  date: lo and hi are
 * the date literals as written, lo_day/hi_day the interval a fact must
 * overlap (0: open end).
 */
typedef struct tf_fq_node
{
	uint8_t		type;			/* tf_fq_type */
	uint8_t		kind;			/* term: tf_kind */
	uint8_t		form;			/* term: tf_fq_form */
	uint8_t		cmp;			/* term: tf_fq_cmp */
	uint16_t	flags;
	uint16_t	nchild;			/* AND/OR: operands; NOT: 1 */
	uint32_t	size;			/* nodes in this subtree, itself included */
	int32_t		lo_day;
	int32_t		hi_day;
	uint32_t	str_off;
	uint32_t	lo_off;
	uint32_t	hi_off;
	uint16_t	str_len;
	uint16_t	lo_len;
	uint16_t	hi_len;
	uint16_t	term;			/* term: its number, 0..nterms-1 */
} tf_fq_node;

typedef struct tf_fq_header
{
	uint8_t		version;		/* TF_FQ_FORMAT_VERSION */
	uint8_t		flags;			/* reserved, 0 */
	uint16_t	reserved;
	uint32_t	nnodes;
	uint32_t	nterms;
	uint32_t	strsize;
} tf_fq_header;

static inline const tf_fq_node *
tf_fq_nodes(const tf_fq_header *q)
{
	return (const tf_fq_node *) (q + 1);
}

static inline const uint8_t *
tf_fq_strings(const tf_fq_header *q)
{
	return (const uint8_t *) (tf_fq_nodes(q) + q->nnodes);
}

/*
 * Parses a query (the grammar of DESIGN.md).  Returns a block from a->alloc
 * of hdrsize bytes (the caller's) followed by the flat query, its total size
 * in *size; NULL with *err on an error.
 */
extern void *tf_fq_parse(const tf_allocator *a, size_t hdrsize, const char *s, size_t len,
						 size_t *size, tf_parse_error *err);

/* The canonical text, NUL-terminated, from a->alloc; parsing it gives q again. */
extern char *tf_fq_format(const tf_allocator *a, const tf_fq_header *q);

/* Results of matching one key against a term while scanning keys in order. */
#define TF_KEY_MATCH	0		/* the key satisfies the term */
#define TF_KEY_SKIP		(-1)	/* it does not; a later key may */
#define TF_KEY_STOP		1		/* it does not, and no later key can */

/*
 * Where the keys a term can match begin: the term's least matching key
 * prefix into buf (TF_KEY_MAX); returns its length.  Sets *exact when only
 * a key equal to it can match (an index looks it up, no scan).
 */
extern size_t tf_fq_term_start(const tf_fq_header *q, const tf_fq_node *t,
							   uint8_t *buf, bool *exact);

/*
 * Matches a key against a term: TF_KEY_MATCH exactly when the key satisfies
 * it (for any key); otherwise, for a key at or after the term's start,
 * TF_KEY_STOP when no later key can match and TF_KEY_SKIP when one may.
 */
extern int	tf_fq_term_match(const tf_fq_header *q, const tf_fq_node *t,
							 const uint8_t *key, size_t len);

/* true if some key of v satisfies term t */
extern bool tf_fq_term_in_vector(const tf_fq_header *q, const tf_fq_node *t,
								 const tf_fv_header *v);

/* Three-valued logic for evaluating with partial knowledge (an index). */
typedef enum tf_tri
{
	TF_FALSE = 0,
	TF_TRUE = 1,
	TF_MAYBE = 2
} tf_tri;

/*
 * Evaluates q, asking term_value(ctx, term) for the value of each term it
 * needs (term->term is the term's number).
 */
extern tf_tri tf_fq_eval(const tf_fq_header *q,
						 tf_tri (*term_value) (void *ctx, const tf_fq_node *term),
						 void *ctx);

/* q @@ v */
extern bool tf_fq_match(const tf_fq_header *q, const tf_fv_header *v);

/* the term node of a term number (terms are numbered in text order) */
extern const tf_fq_node *tf_fq_term(const tf_fq_header *q, int term);

/* ---- headlines (headline.c) ---- */

typedef struct tf_headline_opts
{
	const char *start_sel;		/* put before a matched fact: "<b>" */
	size_t		start_len;
	const char *stop_sel;		/* and after it: "</b>" */
	size_t		stop_len;
	const char *delimiter;		/* between sentences: " ... " */
	size_t		delimiter_len;
	int			max_fragments;	/* sentences at most; 0: all that hold a match */
	const char *dollar;			/* Dollar=: the currency of a bare "$", or NULL */
	size_t		dollar_len;
	/*
	 * Longest result in bytes (the caller's, not an option; 0: TF_MAX_ALLOC
	 * - 1); a longer one calls error() with TF_MSG_OUTPUT_TOO_LONG before it
	 * is built.
	 */
	size_t		max_output;
} tf_headline_opts;

#define TF_HEADLINE_MAX_FRAGMENTS_DEFAULT 3

/*
 * Caps on the options: StartSel, StopSel and FragmentDelimiter at most
 * TF_HEADLINE_MAX_MARKER bytes, MaxFragments at most
 * TF_HEADLINE_MAX_FRAGMENTS; above them tf_headline_options fails.  A
 * sentence longer than TF_HEADLINE_MAX_SENTENCE bytes is shown as a window
 * of about that many bytes around its first matched fact.  With them a
 * headline is at most a few megabytes unless MaxFragments is 0 (every
 * matching sentence), which max_output bounds.
 */
#define TF_HEADLINE_MAX_MARKER		64
#define TF_HEADLINE_MAX_FRAGMENTS	1000
#define TF_HEADLINE_MAX_SENTENCE	1000

/*
 * Parses options as ts_headline takes them: "StartSel=<b>, StopSel=</b>,
 * MaxFragments=2, FragmentDelimiter=\" ... \"", and Dollar=CAD, the currency
 * of a bare "$" as to_factvector's dollar argument gives it (checked by the
 * caller) (names in any case; values
 * bare up to a comma or white space, or in double quotes).  The option
 * strings point into s.  Unknown names and bad values are errors.
 */
extern bool tf_headline_options(const char *s, size_t len, tf_headline_opts *o,
								tf_parse_error *err);

/*
 * The sentences of text[0..len) that hold facts the query matched (facts
 * satisfying a term that is not negated), best first by how many of the
 * query's terms they show, then in text order, at most o->max_fragments
 * of them, printed in text order with the facts marked; a sentence longer
 * than TF_HEADLINE_MAX_SENTENCE is cut to a window around its first matched
 * fact.  Without such a fact, the first sentence.  NUL-terminated, from
 * a->alloc.  Extraction runs with opts (its max_facts applies).
 */
extern char *tf_headline(const tf_allocator *a, const char *text, size_t len,
						 const tf_options *opts, const tf_fq_header *q,
						 const tf_headline_opts *o);

#endif							/* TF_FACTSEARCH_H */

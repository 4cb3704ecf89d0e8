/*
 * lexicon.h — the engine's words, defined once: month, weekday, season,
 * number, scale, period and abbreviation words, and the function words the
 * recognisers look up.  The table is data/lexicon.tsv, compiled by
 * data/gen_lexicon.py into generated/lexicon_data.c; lexicon.c finds a word
 * in it.
 *
 * One entry per word, keyed in lower case, sorted bytewise and found through
 * a hash table (tf_lexicon_slots: a lookup costs a hash and about one
 * probe, for every word of the text that two stages ask about).  An entry
 * says what the word is to each stage that reads it, as the generator
 * derives it from the table's classes (data/gen_lexicon.py says how):
 *   - to the numeral reader and the figures stage (numbers.c, figures*.c,
 *     money.c): a class NW_*, flags NWF_* and a value (tf_numword);
 *   - to the dates stage (dates*.c): a class DW_*, a value and flags DWF_*
 *     (tf_dateword);
 *   - to the tokenizer: how the word is written when a full stop after it
 *     ends no sentence ("Mr", "Jan", "vs").
 * The entity stage reads the months, weekdays and titles as context words,
 * through the gazetteer generator (data/gen_gazetteer.py).
 */
#ifndef TF_LEXICON_H
#define TF_LEXICON_H

#include "tf_internal.h"

/* no word of the lexicon is longer (gen_lexicon.py checks) */
#define TF_LEX_MAX_WORD 15

/* ---- the numeral reader's and the figures stage's view ---- */

typedef enum tf_numclass
{
	NW_NONE = 0,				/* no word of these stages */
	NW_ZERO,					/* zero, nought, naught */
	NW_UNIT,					/* one .. nine */
	NW_TEEN,					/* ten .. nineteen */
	NW_TENS,					/* twenty .. ninety */
	NW_HUNDRED,
	NW_SCALE,					/* thousand, million, bn, lakh ... (val = power of ten) */
	NW_DOZEN,
	NW_A,						/* a, an */
	NW_AND,
	NW_POINT,
	NW_HALF,					/* half (val 2) */
	NW_QUARTER,					/* quarter, quarters (val 4) */
	NW_ORD,						/* third(s) .. trillionth(s): a denominator (val) */
	NW_MINUS,					/* minus, negative */
	NW_OVER,					/* "over": a fraction bar between numbers */
	NW_MONTH,					/* month names and abbreviations */
	NW_CLOCK,					/* am, pm, a.m., GMT ... after a time */
	NW_OTHER					/* a function word (NWF_STOP) */
} tf_numclass;

#define NWF_PLURAL		0x01	/* "millions", "thirds" */
#define NWF_AFTER_CUR	0x02	/* a scale only after a currency ("m", "b") */
#define NWF_ABBREV		0x04	/* an abbreviation, glued or after a number only */
#define NWF_STOP		0x08	/* ends a noun phrase (object, counted noun) */
#define NWF_UNIT_ORD	0x10	/* first .. ninth: joins a tens word ("twenty-first") */

typedef struct tf_numword
{
	int16_t		val;
	uint8_t		cls;			/* tf_numclass */
	uint8_t		flags;			/* NWF_* */
} tf_numword;

/* ---- the dates stage's view ---- */

typedef enum tf_dateclass
{
	DW_NONE = 0,				/* no word of the dates stage */
	DW_MONTH,					/* value 1-12 */
	DW_WEEKDAY,					/* value 1 (Monday) - 7 */
	DW_ORD,						/* ordinal word: first ... twentieth, thirtieth */
	DW_CARD,					/* cardinal word: a, an, one ... twelve */
	DW_PERIOD,					/* day, week, month ... (value PERIOD_*) */
	DW_SEASON,					/* 1 spring ... 4 winter */
	DW_DECADE,					/* twenties ... nineties */
	DW_TENS,					/* twenty, thirty (of "twenty-first") */
	DW_WORD						/* another word a date can start with: the, last, early */
} tf_dateclass;

#define DWF_ABBR	0x01		/* an abbreviation: needs a date around it */
#define DWF_AMBIG	0x02		/* also a common word or name: May, March */
#define DWF_PLURAL	0x04		/* a period in the plural */
#define DWF_SCALE	0x08		/* a scale after a number ("million"): no day */
#define DWF_CENTURY	0x10		/* eleven .. nineteen, twenty: a year's century
								 * (val: the number, where no date class) */

/* the calendar units of DW_PERIOD */
enum
{
	PERIOD_DAY = 1, PERIOD_WEEK, PERIOD_MONTH, PERIOD_YEAR, PERIOD_QUARTER, PERIOD_WEEKEND,
	PERIOD_DECADE
};

typedef struct tf_dateword
{
	uint8_t		cls;			/* tf_dateclass */
	uint8_t		val;
	uint8_t		flags;			/* DWF_* */
} tf_dateword;

/* ---- an entry ---- */

/* the strings are offsets into tf_lexicon_pool (tf_pool_str: no relocation) */
typedef struct tf_lexword
{
	uint32_t	word_off;		/* lower case; the table is sorted by it */
	uint32_t	dotted_off;		/* as written when a full stop after it ends no
								 * sentence ("Mr", "Jan", "vs"), or none */
	tf_numword	num;
	tf_dateword date;
} tf_lexword;

extern const tf_lexword tf_lexicon[];
extern const char tf_lexicon_pool[];

static inline const char *
tf_lex_word(const tf_lexword *e)
{
	return tf_lexicon_pool + e->word_off;
}

/* NULL if none */
static inline const char *
tf_lex_dotted_form(const tf_lexword *e)
{
	return tf_pool_str(tf_lexicon_pool, e->dotted_off);
}
extern const size_t tf_lexicon_size;
extern const tf_slot tf_lexicon_slots[];
extern const uint32_t tf_lexicon_nslots;	/* a power of two */

/*
 * Which words the dates stage may find, for a test before the lookup
 * (gen_lexicon.py, date_filters): of the words with a date view whose first
 * two bytes are letters, bit (b - 'a') of [a - 'a'] for each first two
 * letters a, b (bit 26: a word of one letter), and each shape's bit
 * (tf_lex_shape) of the map.
 */
extern const uint32_t tf_lexicon_date_pairs[26];
#define TF_LEX_NSHAPES 4096
extern const uint64_t tf_lexicon_date_shapes[TF_LEX_NSHAPES / 64];

/*
 * Which words the figures stage may find, for a test before the lookup
 * (gen_lexicon.py, num_filter): of the words with a numeral view that begin
 * and end with a letter a-z, bit (last - 'a') of [length][first - 'a'].
 */
extern const uint32_t tf_lexicon_num_last[TF_LEX_MAX_WORD + 1][26];

/* a word's shape: its first and last bytes and its length (gen_lexicon.py's shape) */
static inline unsigned
tf_lex_shape(char first, char last, size_t n)
{
	return (((unsigned char) first * 31u + (unsigned char) last) * 16u + (unsigned) n) &
		(TF_LEX_NSHAPES - 1);
}

/* the entry of the lower-case word w[0..n), or NULL (lexicon.c) */
extern const tf_lexword *tf_lex_find(const char *w, size_t n);

/*
 * true if w[0..n) is a word that a full stop after it does not end a
 * sentence after, written exactly so ("Mr", "Jan", "vs"; not "MR")
 */
extern bool tf_lex_dotted(const char *w, size_t n);

#endif							/* TF_LEXICON_H */

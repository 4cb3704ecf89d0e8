/*
 * tokenize.c — one UTF-8 pass from text to tokens.
 *
 * Each token records its byte and character offsets (facts report both: bytes
 * for slicing, characters for substr()), its sentence number and a few shape
 * flags the recognisers test (capitalised, all caps, glued to the previous
 * token).  ASCII takes a table-driven fast path; other code points are
 * classified by ICU's character properties.
 *
 * Token shapes: a word is a run of letters and marks; a number is a run of
 * ASCII digits that may continue through "," or "." followed by a digit
 * ("1,00,000", "4.7", "3.14.15") or a thin space followed by a group of three
 * digits ("1 000 000"); every other character is a token of its own.  Deciding
 * what a number token means (a version string is not a number) is the
 * recognisers' job.
 */
#include "tf_internal.h"
#include "lexicon.h"

#include <unicode/uchar.h>

/* the classes of the characters that begin no token come first (C_NOT_TOKEN) */
enum cclass
{
	C_SPACE,
	C_NEWLINE,
	C_JOINER,					/* format characters: glue words, never a token */
	C_WORD,
	C_DIGIT,
	C_PUNCT,
	C_SYMBOL
};

#define C_NOT_TOKEN C_JOINER

/*
 * ASCII classes as the characters' Unicode categories give them; "$+<=>^`|~"
 * are symbols.  A table of the enum itself: the tokenizer asks for every
 * character of the text, twice.
 */
#define N_ C_NEWLINE
#define S_ C_SPACE
#define W_ C_WORD
#define D_ C_DIGIT
#define Y_ C_SYMBOL
#define P_ C_PUNCT
static const unsigned char ascii_classes[128] = {
	S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, N_, N_, N_, N_, S_, S_,
	S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_,
	S_, P_, P_, P_, Y_, P_, P_, P_, P_, P_, P_, Y_, P_, P_, P_, P_,	/* space to / */
	D_, D_, D_, D_, D_, D_, D_, D_, D_, D_, P_, P_, Y_, Y_, Y_, P_,	/* 0 to ? */
	P_, W_, W_, W_, W_, W_, W_, W_, W_, W_, W_, W_, W_, W_, W_, W_,	/* @ to O */
	W_, W_, W_, W_, W_, W_, W_, W_, W_, W_, W_, P_, P_, P_, Y_, P_,	/* P to _ */
	Y_, W_, W_, W_, W_, W_, W_, W_, W_, W_, W_, W_, W_, W_, W_, W_,	/* ` to o */
	W_, W_, W_, W_, W_, W_, W_, W_, W_, W_, W_, P_, Y_, P_, Y_, S_	/* p to DEL */
};
#undef N_
#undef S_
#undef W_
#undef D_
#undef Y_
#undef P_

static inline enum cclass
ascii_class(unsigned char c)
{
	return (enum cclass) ascii_classes[c & 0x7F];
}

/*
 * A byte's letter case: 1 an ASCII capital, 2 an ASCII small letter, 0 any
 * other byte (a UTF-8 byte included).  The word loop reads a byte's class
 * and case in one lookup.
 */
#define LETTER_UPPER 1
#define LETTER_LOWER 2
static const unsigned char ascii_letter[256] = {
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,
	['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
	['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,
	['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
	['a'] = 2, ['b'] = 2, ['c'] = 2, ['d'] = 2, ['e'] = 2, ['f'] = 2, ['g'] = 2,
	['h'] = 2, ['i'] = 2, ['j'] = 2, ['k'] = 2, ['l'] = 2, ['m'] = 2, ['n'] = 2,
	['o'] = 2, ['p'] = 2, ['q'] = 2, ['r'] = 2, ['s'] = 2, ['t'] = 2, ['u'] = 2,
	['v'] = 2, ['w'] = 2, ['x'] = 2, ['y'] = 2, ['z'] = 2
};

/*
 * Eight ASCII bytes at a time (text.h's TF_ONES, TF_HIGHS, tf_bytes_between):
 * the word is read first byte lowest, so that the masks' order is the text's
 * on any machine (the test of the byte order is a constant: on a
 * little-endian one, a single load).
 */
static inline uint64_t
load8(const unsigned char *p)
{
	uint16_t	probe = 1;
	unsigned char little;
	uint64_t	w;

	memcpy(&little, &probe, 1);
	if (little)
	{
		memcpy(&w, p, 8);
		return w;
	}
	return (uint64_t) p[0] | (uint64_t) p[1] << 8 | (uint64_t) p[2] << 16 |
		(uint64_t) p[3] << 24 | (uint64_t) p[4] << 32 | (uint64_t) p[5] << 40 |
		(uint64_t) p[6] << 48 | (uint64_t) p[7] << 56;
}

/* the letters of w, all of whose bytes are ASCII */
static inline uint64_t
letters(uint64_t w)
{
	return tf_bytes_between(w | TF_ONES * 0x20, 'a', 'z');
}

/* the ASCII letters of w, whatever its other bytes */
static inline uint64_t
ascii_letters(uint64_t w)
{
	return letters(w & ~TF_HIGHS) & ~w;
}

/* how many bytes of mask m are set */
static inline unsigned
mask_count(uint64_t m)
{
	return (unsigned) (((m >> 7) * TF_ONES) >> 56);
}

/*
 * The ASCII letters that begin the eight bytes w: how many.  Their case bits
 * go into *upper and *lower; *end is the high bit of the byte after them, 0
 * when all eight are letters.
 */
static inline unsigned
letter_run(uint64_t w, uint64_t *upper, uint64_t *lower, uint64_t *end)
{
	uint64_t	letter = ascii_letters(w);
	uint64_t	other = ~letter & TF_HIGHS;

	other &= -other;
	letter &= other - 1;
	/* a small letter's 0x20 bit, at its byte's high bit */
	*upper |= letter & ~(w << 2);
	*lower |= letter & (w << 2);
	*end = other;
	return mask_count(letter);
}

static enum cclass
unicode_class(int32_t c)
{
	int8_t		t;

	if (c < 0)
		return C_SYMBOL;
	if (c < 0x80)
		return ascii_class((unsigned char) c);
	if (c == 0x2028 || c == 0x2029 || c == 0x85)
		return C_NEWLINE;
	if (u_isUWhiteSpace(c))
		return C_SPACE;
	t = u_charType(c);
	switch (t)
	{
		case U_UPPERCASE_LETTER:
		case U_LOWERCASE_LETTER:
		case U_TITLECASE_LETTER:
		case U_MODIFIER_LETTER:
		case U_OTHER_LETTER:
		case U_NON_SPACING_MARK:
		case U_ENCLOSING_MARK:
		case U_COMBINING_SPACING_MARK:
		case U_DECIMAL_DIGIT_NUMBER:	/* non-ASCII digits read as letters */
		case U_LETTER_NUMBER:
		case U_OTHER_NUMBER:
			return C_WORD;
		case U_FORMAT_CHAR:
			return C_JOINER;
		case U_CONTROL_CHAR:
			return C_SPACE;
		case U_DASH_PUNCTUATION:
		case U_START_PUNCTUATION:
		case U_END_PUNCTUATION:
		case U_CONNECTOR_PUNCTUATION:
		case U_OTHER_PUNCTUATION:
		case U_INITIAL_PUNCTUATION:
		case U_FINAL_PUNCTUATION:
			return C_PUNCT;
		default:
			return C_SYMBOL;
	}
}

/* is c a thin or narrow no-break space, used to group digits? */
static bool
is_group_space(int32_t c)
{
	return c == 0x2009 || c == 0x202F;
}

/*
 * Is the word before a "." an abbreviation that does not end a sentence?  A
 * single letter is an initial ("Albert P. Khorev") or part of "U.S."; the
 * others are the lexicon's words flagged dot ("Mr", "Jan", "vs"), as written.
 */
static bool
is_abbreviation(const char *w, size_t n)
{
	return n == 1 || tf_lex_dotted(w, n);
}

static bool
is_sentence_final(int32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;	/* … */
}

static bool
is_closing(int32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == ']' ||
		cp == 0x201D || cp == 0x2019 || cp == 0x00BB;
}

/* can token t begin a sentence after a full stop? */
static bool
can_start_sentence(const char *text, const tf_token *t)
{
	uint32_t	cp;

	if (t->type == TF_TOK_WORD)
		return (t->flags & TF_TF_CAP) != 0;
	if (t->type == TF_TOK_NUMBER)
		return true;
	cp = tf_token_cp(text, t);
	return cp == '"' || cp == '(' || cp == 0x201C || cp == 0x2018 ||
		cp == 0x2022 || cp == '\'' || cp == '-' || cp == 0x2013 ||
		cp == 0x2014 || cp == 0x00AB || cp == '[' || cp == '$' ||
		cp == 0x20AC || cp == 0x00A3;
}

/*
 * Does a sentence end before token i (i > 0)?  It ends at . ! ? … (after any
 * closing quotes) before a token that can start one, unless the full stop
 * follows an abbreviation or an initial; a blank line always ends one, and so
 * does a line break after a line that reads as a heading or a bullet.
 *
 * *mark is the token before the closing quotes and brackets glued before
 * token i, where a final mark may stand: token i - 1 itself, or where the
 * walk back from i - 2 ended, kept from the call for token i - 1.  (Walking
 * back anew at every token is quadratic in a long run of quotes.)
 */
static bool
sentence_ends(const char *text, tf_token *tok, int i, int *mark)
{
	tf_token   *t = &tok[i];
	int			j = i - 1;

	if (j > 0 && tok[j].type == TF_TOK_PUNCT && is_closing(tf_token_cp(text, &tok[j])) &&
		!(tok[j].flags & TF_TF_SPACE_BEFORE))
		j = *mark;
	*mark = j;
	if (t->flags & TF_TF_PARA_BEFORE)
		return true;
	if (tok[j].type == TF_TOK_PUNCT && is_sentence_final(tf_token_cp(text, &tok[j])) &&
		(t->flags & TF_TF_SPACE_BEFORE) &&
		(can_start_sentence(text, t) || (t->flags & TF_TF_NEWLINE_BEFORE)))
		return !(tf_token_cp(text, &tok[j]) == '.' && j > 0 && tok[j - 1].type == TF_TOK_WORD &&
				 !(tok[j].flags & TF_TF_SPACE_BEFORE) &&
				 is_abbreviation(text + tok[j - 1].bstart,
								 tok[j - 1].bend - tok[j - 1].bstart) &&
				 !(t->flags & TF_TF_NEWLINE_BEFORE));
	if ((t->flags & TF_TF_NEWLINE_BEFORE) &&
		(can_start_sentence(text, t) || t->type != TF_TOK_WORD))
	{
		/*
		 * A line break: the line before was a heading, a caption or a bullet
		 * when it did not end in a word that a sentence would continue from
		 * (lower-case, or a comma).
		 */
		const tf_token *p = &tok[i - 1];

		return !(p->type == TF_TOK_WORD && (p->flags & TF_TF_LOWER)) &&
			!(p->type == TF_TOK_PUNCT && (tf_token_cp(text, p) == ',' || tf_token_cp(text, p) == '-'));
	}
	return false;
}

/* numbers the sentences of the tokens and flags the first token of each */
static void
assign_sentences(const tf_allocator *a, const char *text, tf_tokens *out)
{
	tf_token   *tok = out->tok;
	uint32_t	s = 1;
	int			i;
	int32_t		countdown = TF_INTERRUPT_EVERY;
	int			mark = 0;		/* see sentence_ends */

	if (out->ntok == 0)
		return;
	tok[0].sentence = s;
	tok[0].flags |= TF_TF_SENT_START;
	for (i = 1; i < out->ntok; i++)
	{
		TF_CHECK_EVERY(a, countdown);

		/*
		 * After a word or a number on the same line no sentence ends: most
		 * tokens, which need none of sentence_ends' tests.
		 */
		if (tok[i - 1].type != TF_TOK_PUNCT &&
			!(tok[i].flags & (TF_TF_NEWLINE_BEFORE | TF_TF_PARA_BEFORE)))
			mark = i - 1;
		else if (sentence_ends(text, tok, i, &mark))
		{
			s++;
			tok[i].flags |= TF_TF_SENT_START;
		}
		tok[i].sentence = s;
	}
	out->nsentences = s;
}

/* a word's flags for the LETTER_ bits of its letters */
static const uint16_t case_shape[4] = {0, TF_TF_UPPER, TF_TF_LOWER, 0};

/* the LETTER_ bit of code point c past ASCII (a letter or mark of a word) */
static unsigned
case_of(int32_t c)
{
	if (u_isUUppercase(c) || u_istitle(c))
		return LETTER_UPPER;
	if (u_isULowercase(c))
		return LETTER_LOWER;
	return 0;
}

/*
 * The rest of a word whose first code point c begins at start and ends
 * before pos: letters, marks and joiners.  Returns where the word ends; sets
 * t's type and shape flags (the case ones only when case_flags: the counting
 * pass needs none).  cidx counts the characters read.  Inline: the
 * tokenizer's inner loop.
 */
static inline size_t
scan_word(const tf_allocator *a, const char *text, size_t len, size_t start, size_t pos,
		  int32_t c, bool case_flags, tf_token *t, uint32_t *cidx, int32_t *countdown)
{
	const unsigned char *u = (const unsigned char *) text;
	bool		ascii = c < 0x80;
	unsigned	seen = 0;		/* LETTER_ bits of the letters */
	uint64_t	upper = 0,		/* the same, as masks of eight bytes */
				lower = 0;

	t->type = TF_TOK_WORD;
	if (ascii)
	{
		uint64_t	w,
					end;

		/* the runs of ASCII letters below read the first one again */
		pos = start;
		(*cidx)--;

		/*
		 * Most words end in their first eight bytes, before an ASCII byte:
		 * they need none of the loop.
		 */
		if (len - start >= 8)
		{
			w = load8(u + start);
			pos += letter_run(w, &upper, &lower, &end);
			*cidx += (uint32_t) (pos - start);
			if (end && !(w & end))
				goto shape;
		}
	}
	else if (case_flags)
		seen = case_of(c);
	while (pos < len)
	{
		size_t		p2 = pos;
		int32_t		c2;
		enum cclass cl2;

		TF_CHECK_EVERY(a, *countdown);

		/*
		 * A run of ASCII letters, at most TF_INTERRUPT_EVERY of them between
		 * two checks for interrupts: eight bytes at a time while eight
		 * remain (most words end in their first eight), then a lookup a
		 * byte.  An ASCII byte after it ends the word, read or not.
		 */
		if (u[p2] < 0x80)
		{
			size_t		stop = len - pos > TF_INTERRUPT_EVERY ? pos + TF_INTERRUPT_EVERY : len;

			for (;;)
			{
				uint64_t	w,
							end;

				if (stop - p2 < 8)
				{
					while (p2 < stop && ascii_letter[u[p2]])
						seen |= ascii_letter[u[p2++]];
					break;
				}
				w = load8(u + p2);
				p2 += letter_run(w, &upper, &lower, &end);
				if (end)
					break;
			}
			*cidx += (uint32_t) (p2 - pos);
			pos = p2;
			if (p2 < stop && u[p2] < 0x80)
				break;
			continue;
		}
		c2 = tf_utf8_next(text, len, &p2);
		cl2 = unicode_class(c2);
		if (cl2 != C_WORD && cl2 != C_JOINER)
			break;
		if (case_flags)
			seen |= case_of(c2);
		ascii = false;
		pos = p2;
		(*cidx)++;
	}
shape:
	seen |= (upper ? LETTER_UPPER : 0) | (lower ? LETTER_LOWER : 0);
	if (case_flags)
	{
		/* the case of the first letter (an ASCII c is one), and of all of them */
		if (c < 0x80 ? c <= 'Z' : (u_isUUppercase(c) || u_istitle(c)))
			t->flags |= TF_TF_CAP;
		t->flags |= case_shape[seen];
	}
	if (ascii)
		t->flags |= TF_TF_ASCII;
	return pos;
}

/*
 * The rest of a number whose first digit ends before pos: digits, and
 * groups after "," or "." followed by a digit, or after a thin space
 * followed by exactly three digits.  Returns where it ends.
 */
static inline size_t
scan_number(const tf_allocator *a, const char *text, size_t len, size_t pos, tf_token *t,
			uint32_t *cidx, int32_t *countdown)
{
	t->type = TF_TOK_NUMBER;
	t->flags |= TF_TF_ASCII;
	for (;;)
	{
		while (pos < len && text[pos] >= '0' && text[pos] <= '9')
		{
			TF_CHECK_EVERY(a, *countdown);
			pos++;
			(*cidx)++;
		}
		if (pos + 1 < len && (text[pos] == ',' || text[pos] == '.') &&
			text[pos + 1] >= '0' && text[pos + 1] <= '9')
		{
			pos++;
			(*cidx)++;
			continue;
		}
		if (pos + 3 < len && (unsigned char) text[pos] >= 0x80)
		{
			/* a thin-space group: exactly three digits after it */
			size_t		p2 = pos;
			int32_t		c2 = tf_utf8_next(text, len, &p2);

			if (is_group_space(c2) && p2 + 3 <= len &&
				text[p2] >= '0' && text[p2] <= '9' &&
				text[p2 + 1] >= '0' && text[p2 + 1] <= '9' &&
				text[p2 + 2] >= '0' && text[p2 + 2] <= '9' &&
				(p2 + 3 == len || text[p2 + 3] < '0' || text[p2 + 3] > '9'))
			{
				pos = p2;
				(*cidx)++;
				continue;
			}
		}
		break;
	}
	return pos;
}

/* count_tokens' states (between tokens, in a word, in a number) and kinds */
enum
{
	K_SPACE, K_WORD, K_DIGIT, K_OTHER
};

/*
 * The kind of a character of class cl in state: a joiner inside a word goes
 * on with it, elsewhere it is a space.
 */
static inline int
count_kind(enum cclass cl, int state)
{
	if (cl == C_JOINER)
		return state == K_WORD ? K_WORD : K_SPACE;
	return cl <= C_NOT_TOKEN ? K_SPACE : cl == C_WORD ? K_WORD : cl == C_DIGIT ? K_DIGIT : K_OTHER;
}

/*
 * At least the number of tokens scan() finds in the text, and at most a few
 * more, in a pass that reads eight ASCII bytes at once, and any other byte
 * with one lookup: scan()'s count was a sixth of the tokenizer's and the
 * extraction's time, and a byte at a time a fifth of this.  A character
 * begins a token unless it continues a word (a letter, mark or joiner after
 * one) or a number (a digit after a digit); so every token's first
 * character is counted.  The extra counts are the separators inside
 * numbers ("1,000.5" counts 5 for 1 token) and the groups after a thin
 * space.
 */
static size_t
count_tokens(const tf_allocator *a, const char *text, size_t len)
{
	/* does a character of kind k begin a token in state s: begins[s][k] */
	static const unsigned char begins[3][4] = {{0, 1, 1, 1}, {0, 0, 1, 1}, {0, 1, 0, 1}};
	static const unsigned char state_after[4] = {K_SPACE, K_WORD, K_DIGIT, K_SPACE};
	size_t		pos = 0;
	size_t		n = 0;
	int			state = K_SPACE;
	int32_t		countdown = TF_INTERRUPT_EVERY;
	const unsigned char *u = (const unsigned char *) text;
	size_t		retry = 0;		/* where to try eight bytes again */

	while (pos < len)
	{
		size_t		stop = len - pos > TF_INTERRUPT_EVERY ? pos + TF_INTERRUPT_EVERY : len;

		TF_CHECK_EVERY(a, countdown);
		while (pos < stop)
		{
			unsigned char ch;
			int			k;
			uint64_t	w;

			if (pos >= retry && stop - pos >= 8)
			{
				w = load8(u + pos);
				if (!(w & TF_HIGHS))
				{
					/*
					 * Eight ASCII bytes at a time: a byte begins a token
					 * unless it is a space, or a letter or digit after one
					 * of its kind (after_letter and after_digit carry the
					 * last byte's kind into the next eight).
					 */
					uint64_t	after_letter = state == K_WORD ? 0x80 : 0;
					uint64_t	after_digit = state == K_DIGIT ? 0x80 : 0;

					do
					{
						uint64_t	letter = letters(w);
						uint64_t	digit = tf_bytes_between(w, '0', '9');
						uint64_t	go_on = (letter & (letter << 8 | after_letter)) |
							(digit & (digit << 8 | after_digit));

						n += mask_count(tf_bytes_between(w, '!', '~') & ~go_on);
						after_letter = letter >> 56;
						after_digit = digit >> 56;
						pos += 8;
					} while (stop - pos >= 8 && !((w = load8(u + pos)) & TF_HIGHS));
					state = after_letter ? K_WORD : after_digit ? K_DIGIT : K_SPACE;
					continue;
				}

				/*
				 * A byte past ASCII in these eight: they go a byte at a
				 * time, without a test of eight at each (text in another
				 * script would pay it at every character).
				 */
				retry = pos + 8;
			}
			ch = u[pos];
			if (ch < 0x80)
			{
				k = count_kind(ascii_class(ch), state);
				pos++;
			}
			else
				k = count_kind(unicode_class(tf_utf8_next(text, len, &pos)), state);
			n += begins[state][k];
			state = state_after[k];
		}
	}
	return n;
}

/*
 * One pass over the text.  Without tok it only counts the tokens (the
 * boundaries do not depend on anything else it computes); with tok, room
 * for cap tokens (count_tokens' bound), it fills them.  Returns the number
 * of tokens and sets *nchars.
 */
static size_t
scan(const tf_allocator *a, const char *text, size_t len, tf_token *tok, size_t cap,
	 uint32_t *nchars)
{
	size_t		pos = 0;
	size_t		ntok = 0;
	uint32_t	cidx = 0;
	uint16_t	pending = 0;	/* space flags for the next token */
	int			newlines = 0;
	int32_t		countdown = TF_INTERRUPT_EVERY;
	bool		filling = tok != NULL;
	tf_token	scratch;		/* when only counting, every token goes here */
	tf_token   *t = filling ? tok : &scratch;	/* the next token */
	tf_token   *end = filling ? tok + cap : NULL;

	while (pos < len)
	{
		size_t		start = pos;
		int32_t		c;
		enum cclass cl;

		TF_CHECK_EVERY(a, countdown);
		if ((unsigned char) text[pos] < 0x80)
		{
			c = (unsigned char) text[pos++];
			cl = ascii_class((unsigned char) c);
		}
		else
		{
			c = tf_utf8_next(text, len, &pos);
			cl = unicode_class(c);
		}
		cidx++;
		if (cl <= C_NOT_TOKEN)
		{
			if (cl == C_NEWLINE)
			{
				/* \r\n is one line break */
				if (!(c == '\n' && start > 0 && text[start - 1] == '\r'))
					newlines++;
				pending |= TF_TF_NEWLINE_BEFORE;
				if (newlines >= 2)
					pending |= TF_TF_PARA_BEFORE;
			}
			if (cl != C_JOINER)
				pending |= TF_TF_SPACE_BEFORE;
			continue;
		}

		if (t == end)
			a->error(a->ctx, "textfacts: more tokens than counted (a bug)");
		t->bstart = (uint32_t) start;
		t->claimed = 0;
		t->sentence = 0;
		t->flags = pending;
		pending = 0;
		newlines = 0;

		if (cl == C_WORD)
			pos = scan_word(a, text, len, start, pos, c, filling, t, &cidx, &countdown);
		else if (cl == C_DIGIT)
			pos = scan_number(a, text, len, pos, t, &cidx, &countdown);
		else
		{
			t->type = (cl == C_PUNCT) ? TF_TOK_PUNCT : TF_TOK_SYMBOL;
			if (c < 0x80)
				t->flags |= TF_TF_ASCII;
		}
		t->bend = (uint32_t) pos;
		t += filling;		/* when only counting, the scratch token again */
		ntok++;
		/* the space after a token, most of them, without another turn */
		if (pos < len && text[pos] == ' ')
		{
			pos++;
			cidx++;
			pending = TF_TF_SPACE_BEFORE;
		}
	}
	*nchars = cidx;
	return ntok;
}

void
tf_tokenize(const tf_allocator *a, const char *text, size_t len, tf_tokens *out)
{
	size_t		ntok;
	uint32_t	nchars;

	if (len > TF_MAX_INPUT_BYTES)
		a->error(a->ctx, "textfacts: input longer than the engine's limit");
	out->ntok = 0;
	out->nsentences = 0;

	/*
	 * Count, then fill an array of that size: growing one by doubling would
	 * hold the old and the new array at once, a third more than the tokens
	 * themselves at the peak, and up to twice their size.  The count is
	 * count_tokens' bound, 0.5% over on news.
	 */
	ntok = count_tokens(a, text, len);
	if (ntok > TF_MAX_ALLOC / sizeof(tf_token))
	{
		/* the bound may overshoot on numbers: count exactly before refusing */
		ntok = scan(a, text, len, NULL, 0, &nchars);
		if (ntok > TF_MAX_ALLOC / sizeof(tf_token))
			a->error(a->ctx, TF_MSG_TOO_MANY_TOKENS);
	}
	out->tok = tf_alloc_array(a, ntok, sizeof(tf_token));
	ntok = scan(a, text, len, out->tok, ntok, &nchars);
	out->ntok = (int) ntok;
	out->nchars = nchars;
	assign_sentences(a, text, out);
}

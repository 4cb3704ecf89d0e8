/* Unit tests of the tokenizer: byte and character offsets, shapes, sentences. */
#include "tap.h"

static tf_tokens toks;
static const char *text;

static void
tokenize(const char *s)
{
	if (toks.tok)
		tf_malloc_allocator.free(NULL, toks.tok);
	text = s;
	tf_tokenize(&tf_malloc_allocator, s, strlen(s), &toks);
}

/* the character offset of byte b (tokens keep bytes; facts count characters) */
static unsigned
char_at(unsigned b)
{
	return (unsigned) tf_char_count(text, b);
}

/* token k has bytes [b0,b1), chars [c0,c1) */
static int
tok_at(int k, unsigned b0, unsigned b1, unsigned c0, unsigned c1)
{
	return k < toks.ntok && toks.tok[k].bstart == b0 && toks.tok[k].bend == b1 &&
		char_at(b0) == c0 && char_at(b1) == c1;
}

int
main(void)
{
	tokenize("");
	ok(toks.ntok == 0 && toks.nchars == 0 && toks.nsentences == 0, "empty text has no tokens");

	tokenize("   \t\n  ");
	ok(toks.ntok == 0 && toks.nchars == 7, "text of only spaces has no tokens, 7 chars");

	tokenize("Pay $3 now.");
	ok(toks.ntok == 5, "ASCII: 5 tokens");
	ok(tok_at(0, 0, 3, 0, 3) && toks.tok[0].type == TF_TOK_WORD, "ASCII: 'Pay' at 0..3");
	ok(tok_at(1, 4, 5, 4, 5) && toks.tok[1].type == TF_TOK_SYMBOL, "ASCII: '$' symbol");
	ok(tok_at(2, 5, 6, 5, 6) && toks.tok[2].type == TF_TOK_NUMBER, "ASCII: '3' number");
	ok(!(toks.tok[2].flags & TF_TF_SPACE_BEFORE) && (toks.tok[1].flags & TF_TF_SPACE_BEFORE),
	   "ASCII: glued and spaced flags");
	ok(tok_at(4, 10, 11, 10, 11) && toks.tok[4].type == TF_TOK_PUNCT, "ASCII: final '.'");

	/* 2-byte: é (C3 A9) */
	tokenize("Café Zürich");
	ok(toks.ntok == 2 && tok_at(0, 0, 5, 0, 4) && tok_at(1, 6, 13, 5, 11),
	   "2-byte: 'Café' is 5 bytes, 4 chars; 'Zürich' starts at char 5");

	/* 3-byte: € (E2 82 AC), curly apostrophe (E2 80 99) */
	tokenize("€5 Russia’s");
	ok(toks.ntok == 5, "3-byte: 5 tokens (€ 5 Russia ’ s)");
	ok(tok_at(0, 0, 3, 0, 1) && tf_token_cp(text, &toks.tok[0]) == 0x20AC, "3-byte: '€' is 3 bytes, 1 char");
	ok(tok_at(1, 3, 4, 1, 2), "3-byte: '5' at byte 3, char 1");
	ok(tok_at(2, 5, 11, 3, 9) && tok_at(3, 11, 14, 9, 10), "3-byte: 'Russia' then '’'");

	/* 4-byte: 😀 (F0 9F 98 80) */
	tokenize("😀 Pakistan");
	ok(toks.ntok == 2 && tok_at(0, 0, 4, 0, 1) && tok_at(1, 5, 13, 2, 10),
	   "4-byte: emoji is 4 bytes, 1 char; 'Pakistan' at char 2");

	/* mixed multi-byte before a token */
	tokenize("日本 é😀x");
	ok(toks.ntok == 4 && tok_at(0, 0, 6, 0, 2), "CJK word of 2 chars, 6 bytes");
	ok(tok_at(3, 13, 14, 5, 6), "after é and 😀: 'x' at byte 13, char 5");

	/* numbers keep their inner separators */
	tokenize("1,00,000 and 4.7 and 3.14.15 and 1\xE2\x80\x89" "000");
	ok(toks.ntok == 7 && tok_at(0, 0, 8, 0, 8), "Indian grouping is one token");
	ok(tok_at(2, 13, 16, 13, 16), "decimal is one token");
	ok(tok_at(4, 21, 28, 21, 28), "version string is one token (the recognisers judge it)");
	ok(tok_at(6, 33, 40, 33, 38), "thin-space group is one number token");

	/* case flags */
	tokenize("ISLAMABAD Pakistan us");
	ok((toks.tok[0].flags & TF_TF_UPPER) && (toks.tok[1].flags & TF_TF_CAP) &&
	   !(toks.tok[1].flags & TF_TF_UPPER) && (toks.tok[2].flags & TF_TF_LOWER),
	   "case flags: upper, capitalised, lower");

	/* the same, across the eight bytes the word loop reads at once */
	tokenize("abcdefghijklmnopq ABCDEFGHIJKLMNOPQ Abcdefghijklmnop abcdefgH abcdefg\xC3\xA9" "hijk x");
	ok(toks.ntok == 6 && (toks.tok[0].flags & TF_TF_LOWER) && (toks.tok[1].flags & TF_TF_UPPER) &&
	   (toks.tok[2].flags & TF_TF_CAP) && !(toks.tok[2].flags & (TF_TF_UPPER | TF_TF_LOWER)) &&
	   !(toks.tok[3].flags & (TF_TF_CAP | TF_TF_UPPER | TF_TF_LOWER)) &&
	   tok_at(4, 62, 75, 62, 74) && !(toks.tok[4].flags & TF_TF_ASCII) && (toks.tok[3].flags & TF_TF_ASCII),
	   "case and ASCII flags of long words");

	/* sentences */
	tokenize("Mr. Khan met Albert P. Khorev. Then he left! Did he? Yes.");
	ok(toks.nsentences == 4, "sentences: abbreviations and initials do not end one (got %u)",
	   toks.nsentences);
	tokenize("Headline here\n\nBody text starts. Second one.");
	ok(toks.nsentences == 3, "sentences: a blank line ends one (got %u)", toks.nsentences);
	tokenize("Short Url\n  \xE2\x80\xA2 Islamabad and Moscow");
	ok(toks.nsentences == 2, "sentences: a line break before a bullet ends one");
	tokenize("a line that wraps\nin the middle of a sentence.");
	ok(toks.nsentences == 1, "sentences: a wrapped line does not end one");

	/* invalid UTF-8 counts one char a byte and never crashes */
	tokenize("a\xFF\xC3 b");
	ok(toks.ntok == 4 && char_at(toks.tok[3].bstart) == 4, "invalid bytes: one char each");

	/*
	 * The array is sized by a first pass that counts a bound (count_tokens):
	 * where it undercounted, filling would stop with an error.  Joiners
	 * inside and outside words, thin-space groups, digits glued to letters,
	 * non-ASCII digits (letters of a word), invalid and cut sequences.
	 */
	tokenize("co\xE2\x80\x8Dop \xE2\x80\x8Bx 1\xE2\x80\x89" "000\xE2\x80\x89" "000 ab12cd \xD9\xA3x");
	ok(toks.ntok == 7, "bound: joiners, thin-space groups, digits in words (got %d)", toks.ntok);
	tokenize("1,000.5 x,1 \xC3 \x80\x80 \xE2\x80 z\xCC\x81y \xF0\x9F\x98\x80!");
	ok(toks.ntok == 12, "bound: separators in numbers, invalid bytes, marks (got %d)", toks.ntok);

	/*
	 * The same, eight ASCII bytes at a time: words and numbers across the
	 * eight's edges, DEL and control bytes as spaces, an eight cut short by
	 * a multi-byte character.
	 */
	tokenize("abcdefghijklmnop12345678901234x,.;\x7f\x01qrstuvw8 12\xC3\xA9" "abcdefgh.");
	ok(toks.ntok == 11, "bound: eight bytes at a time (got %d)", toks.ntok);

	if (toks.tok)
		tf_malloc_allocator.free(NULL, toks.tok);
	return tap_done();
}

/*
 * lexicon.c — finding a word in the lexicon (lexicon.h,
 * generated/lexicon_data.c): by its lower-case key for the stages that
 * ignore case, as written for the tokenizer's abbreviations.
 */
#include "lexicon.h"

const tf_lexword *
tf_lex_find(const char *w, size_t n)
{
	int			k;

	if (n == 0 || n > TF_LEX_MAX_WORD)
		return NULL;
	k = tf_slots_find(tf_lexicon_slots, tf_lexicon_nslots, tf_lexicon, sizeof(tf_lexword),
					  tf_lexicon_pool, w, n);
	return k < 0 ? NULL : &tf_lexicon[k];
}

bool
tf_lex_dotted(const char *w, size_t n)
{
	char		key[TF_LEX_MAX_WORD + 1];
	const tf_lexword *e;

	if (n == 0 || n > TF_LEX_MAX_WORD)
		return false;
	tf_ascii_lower_copy(key, w, n);
	e = tf_lex_find(key, n);
	if (e == NULL || e->dotted_off == 0)
		return false;
	return strlen(tf_lex_dotted_form(e)) == n && memcmp(tf_lex_dotted_form(e), w, n) == 0;
}

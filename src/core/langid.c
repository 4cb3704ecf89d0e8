/*
 * langid.c — which language a document is in, by a vote of stop words.
 *
 * The only question asked is whether text is in the language of a translated
 * country name that is also an English word ("Island" is Iceland in German):
 * a count of the commonest function words of each Latin-script language is
 * enough for that.  It runs only when such a name is seen, once a document.
 */
#include "gazetteer_i18n.h"

typedef struct stopword
{
	const char *word;
	tf_lang		lang;
} stopword;

/*
 * Function words frequent in running text and rare as words of the other
 * languages listed (words two languages share, such as "de" or "en", are left
 * out).  Written for textfacts; sorted by bytes for a binary search.
 */
static const stopword stopwords[] = {
	{"al", TF_LANG_ES}, {"alla", TF_LANG_IT}, {"and", TF_LANG_EN}, {"ao", TF_LANG_PT},
	{"au", TF_LANG_FR}, {"auch", TF_LANG_DE}, {"auf", TF_LANG_DE},
	{"avec", TF_LANG_FR}, {"bir", TF_LANG_TR}, {"bu", TF_LANG_TR}, {"che", TF_LANG_IT},
	{"con", TF_LANG_ES}, {"da", TF_LANG_PT}, {"daha", TF_LANG_TR},
	{"dans", TF_LANG_FR},
	{"del", TF_LANG_ES}, {"della", TF_LANG_IT}, {"dem", TF_LANG_DE},
	{"den", TF_LANG_DE}, {"der", TF_LANG_DE}, {"des", TF_LANG_FR}, {"di", TF_LANG_IT},
	{"die", TF_LANG_DE}, {"dla", TF_LANG_PL}, {"do", TF_LANG_PT}, {"dos", TF_LANG_PT},
	{"du", TF_LANG_FR}, {"een", TF_LANG_NL}, {"ein", TF_LANG_DE}, {"eine", TF_LANG_DE},
	{"el", TF_LANG_ES}, {"em", TF_LANG_PT}, {"es", TF_LANG_ES}, {"est", TF_LANG_FR},
	{"et", TF_LANG_FR}, {"for", TF_LANG_EN}, {"from", TF_LANG_EN}, {"für", TF_LANG_DE},
	{"gli", TF_LANG_IT}, {"has", TF_LANG_EN}, {"hat", TF_LANG_DE},
	{"heeft", TF_LANG_NL}, {"het", TF_LANG_NL}, {"il", TF_LANG_IT},
	{"ile", TF_LANG_TR}, {"is", TF_LANG_EN}, {"ist", TF_LANG_DE}, {"için", TF_LANG_TR},
	{"jak", TF_LANG_PL}, {"jest", TF_LANG_PL}, {"las", TF_LANG_ES}, {"le", TF_LANG_FR},
	{"les", TF_LANG_FR}, {"lo", TF_LANG_ES}, {"los", TF_LANG_ES}, {"mit", TF_LANG_DE},
	{"naar", TF_LANG_NL}, {"nach", TF_LANG_DE}, {"nel", TF_LANG_IT},
	{"nicht", TF_LANG_DE}, {"nie", TF_LANG_PL}, {"niet", TF_LANG_NL},
	{"non", TF_LANG_IT}, {"não", TF_LANG_PT}, {"of", TF_LANG_EN},
	{"olarak", TF_LANG_TR}, {"ook", TF_LANG_NL}, {"oraz", TF_LANG_PL},
	{"os", TF_LANG_PT}, {"para", TF_LANG_ES}, {"pas", TF_LANG_FR},
	{"pelo", TF_LANG_PT}, {"per", TF_LANG_IT}, {"por", TF_LANG_ES},
	{"pour", TF_LANG_FR}, {"przez", TF_LANG_PL}, {"qui", TF_LANG_FR},
	{"said", TF_LANG_EN}, {"sich", TF_LANG_DE}, {"się", TF_LANG_PL},
	{"sono", TF_LANG_IT}, {"sur", TF_LANG_FR}, {"são", TF_LANG_PT},
	{"that", TF_LANG_EN}, {"the", TF_LANG_EN}, {"um", TF_LANG_PT}, {"uma", TF_LANG_PT},
	{"una", TF_LANG_ES}, {"und", TF_LANG_DE}, {"une", TF_LANG_FR}, {"van", TF_LANG_NL},
	{"ve", TF_LANG_TR}, {"von", TF_LANG_DE}, {"voor", TF_LANG_NL}, {"was", TF_LANG_EN},
	{"which", TF_LANG_EN}, {"wird", TF_LANG_DE}, {"with", TF_LANG_EN},
	{"wordt", TF_LANG_NL}, {"y", TF_LANG_ES}, {"zijn", TF_LANG_NL}, {"è", TF_LANG_IT},
};

#define LANG_MAX_WORD 16

/*
 * The longest stop word above in bytes ("olarak"): an ASCII word longer is
 * none of them, which spares most of a text's words the lookup.  (A word
 * with other letters may shrink when lower-cased, the Kelvin sign to "k".)
 */
#define LANG_MAX_STOP 6

/*
 * Votes are counted over the document's first LANG_SAMPLE words at most: a
 * few thousand words decide a language as well as the whole text does, and
 * a count over all of it cost a long document 150 instructions a word (a
 * 10 MB text ran it in full whenever one lower-case "i" made the gazetteer
 * ask whether it may be English: the cost per MB of one document grew by a
 * fifth from 100 kB to 1 MB).
 */
#define LANG_SAMPLE 4096

/* votes[lang]: the document's words that are function words of each language */
static void
count_votes(const tf_doc *doc, int *votes)
{
	int			words = 0;

	memset(votes, 0, sizeof(int) * TF_NLANGS);
	for (int i = 0; i < doc->ntok && words < LANG_SAMPLE; i++)
	{
		char		w[LANG_MAX_WORD];
		size_t		n;

		TF_TICK(doc);
		if (doc->tok[i].type != TF_TOK_WORD)
			continue;
		words++;
		n = tf_tok_len(doc, i);
		if (doc->tok[i].flags & TF_TF_ASCII)
		{
			if (n > LANG_MAX_STOP)
				continue;
			tf_ascii_lower_copy(w, tf_tok_text(doc, i), n);
		}
		else
		{
			if (n >= LANG_MAX_WORD)
				continue;
			n = tf_lower(tf_tok_text(doc, i), n, w, sizeof(w));
			if (n == (size_t) -1 || n >= sizeof(w))
				continue;
		}
		w[n] = '\0';
		{
			const stopword *sw = tf_sorted_find(stopwords, sizeof(stopwords) / sizeof(stopwords[0]),
												sizeof(stopword), w);

			if (sw != NULL)
				votes[sw->lang]++;
		}
	}
}

bool
tf_doc_may_be_english(const tf_doc *doc)
{
	int			votes[TF_NLANGS];

	count_votes(doc, votes);
	for (int l = 1; l < TF_NLANGS; l++)
		if (l != TF_LANG_EN && votes[l] > 0 && votes[l] * 2 > votes[TF_LANG_EN])
			return false;
	return true;
}

tf_lang
tf_doc_language(const tf_doc *doc)
{
	int			votes[TF_NLANGS];
	int			best = TF_LANG_UNKNOWN,
				second = 0;

	count_votes(doc, votes);
	for (int l = 1; l < TF_NLANGS; l++)
		if (votes[l] > votes[best])
			best = l;
	for (int l = 1; l < TF_NLANGS; l++)
		if (l != best && votes[l] > second)
			second = votes[l];
	/* a language needs a few votes and a clear lead */
	if (best == TF_LANG_UNKNOWN || votes[best] < 2 || votes[best] < 2 * second)
		return TF_LANG_UNKNOWN;
	return (tf_lang) best;
}

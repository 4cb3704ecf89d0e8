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
 * out).  Written for textfacts.
 */
static const stopword stopwords[] = {
	{"the", TF_LANG_EN}, {"and", TF_LANG_EN}, {"of", TF_LANG_EN}, {"is", TF_LANG_EN},
	{"that", TF_LANG_EN}, {"with", TF_LANG_EN}, {"for", TF_LANG_EN}, {"was", TF_LANG_EN},
	{"said", TF_LANG_EN}, {"has", TF_LANG_EN}, {"which", TF_LANG_EN}, {"from", TF_LANG_EN},
	{"der", TF_LANG_DE}, {"die", TF_LANG_DE}, {"das", TF_LANG_DE}, {"und", TF_LANG_DE},
	{"ist", TF_LANG_DE}, {"nicht", TF_LANG_DE}, {"mit", TF_LANG_DE}, {"von", TF_LANG_DE},
	{"den", TF_LANG_DE}, {"dem", TF_LANG_DE}, {"auf", TF_LANG_DE}, {"für", TF_LANG_DE},
	{"sich", TF_LANG_DE}, {"eine", TF_LANG_DE}, {"nach", TF_LANG_DE}, {"wird", TF_LANG_DE},
	{"ein", TF_LANG_DE}, {"auch", TF_LANG_DE}, {"hat", TF_LANG_DE},
	{"el", TF_LANG_ES}, {"los", TF_LANG_ES}, {"las", TF_LANG_ES}, {"y", TF_LANG_ES},
	{"del", TF_LANG_ES}, {"una", TF_LANG_ES}, {"por", TF_LANG_ES}, {"con", TF_LANG_ES},
	{"para", TF_LANG_ES}, {"es", TF_LANG_ES}, {"al", TF_LANG_ES}, {"lo", TF_LANG_ES},
	{"le", TF_LANG_FR}, {"les", TF_LANG_FR}, {"et", TF_LANG_FR}, {"des", TF_LANG_FR},
	{"du", TF_LANG_FR}, {"est", TF_LANG_FR}, {"une", TF_LANG_FR}, {"dans", TF_LANG_FR},
	{"pour", TF_LANG_FR}, {"pas", TF_LANG_FR}, {"sur", TF_LANG_FR}, {"au", TF_LANG_FR},
	{"avec", TF_LANG_FR}, {"qui", TF_LANG_FR},
	{"os", TF_LANG_PT}, {"do", TF_LANG_PT}, {"da", TF_LANG_PT}, {"em", TF_LANG_PT},
	{"um", TF_LANG_PT}, {"uma", TF_LANG_PT}, {"não", TF_LANG_PT}, {"dos", TF_LANG_PT},
	{"das", TF_LANG_PT}, {"ao", TF_LANG_PT}, {"pelo", TF_LANG_PT}, {"são", TF_LANG_PT},
	{"il", TF_LANG_IT}, {"gli", TF_LANG_IT}, {"di", TF_LANG_IT}, {"che", TF_LANG_IT},
	{"è", TF_LANG_IT}, {"della", TF_LANG_IT}, {"per", TF_LANG_IT}, {"non", TF_LANG_IT},
	{"sono", TF_LANG_IT}, {"nel", TF_LANG_IT}, {"alla", TF_LANG_IT},
	{"het", TF_LANG_NL}, {"een", TF_LANG_NL}, {"van", TF_LANG_NL}, {"niet", TF_LANG_NL},
	{"zijn", TF_LANG_NL}, {"voor", TF_LANG_NL}, {"ook", TF_LANG_NL}, {"heeft", TF_LANG_NL},
	{"wordt", TF_LANG_NL}, {"naar", TF_LANG_NL},
	{"się", TF_LANG_PL}, {"nie", TF_LANG_PL}, {"jest", TF_LANG_PL}, {"oraz", TF_LANG_PL},
	{"przez", TF_LANG_PL}, {"dla", TF_LANG_PL}, {"jak", TF_LANG_PL},
	{"bir", TF_LANG_TR}, {"ve", TF_LANG_TR}, {"bu", TF_LANG_TR}, {"ile", TF_LANG_TR},
	{"için", TF_LANG_TR}, {"olarak", TF_LANG_TR}, {"daha", TF_LANG_TR},
	{NULL, TF_LANG_UNKNOWN}
};

#define LANG_MAX_WORD 16

tf_lang
tf_doc_language(const tf_doc *doc)
{
	int			votes[TF_NLANGS];
	int			best = TF_LANG_UNKNOWN,
				second = 0;

	memset(votes, 0, sizeof(votes));
	for (int i = 0; i < doc->ntok; i++)
	{
		char		w[LANG_MAX_WORD];
		size_t		n;

		if (doc->tok[i].type != TF_TOK_WORD || tf_tok_len(doc, i) >= LANG_MAX_WORD)
			continue;
		n = tf_lower(tf_tok_text(doc, i), tf_tok_len(doc, i), w, sizeof(w));
		if (n == (size_t) -1 || n >= sizeof(w))
			continue;
		w[n] = '\0';
		for (int k = 0; stopwords[k].word != NULL; k++)
			if (strcmp(stopwords[k].word, w) == 0)
			{
				votes[stopwords[k].lang]++;
				break;
			}
	}
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

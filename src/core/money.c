/*
 * money.c — amounts of money: a currency sign or code and a number.
 *
 * First slice: a currency sign before the number ($, US$, €, £), with an
 * optional scale ("$3 billion", "US$4.7 billion", "$94,000", "$1.5m").  After a
 * currency, "m" means million.
 */
#include "tf_internal.h"

typedef struct currency_prefix
{
	const char *qualifier;		/* word glued before the sign, or NULL */
	uint32_t	sign;			/* code point of the sign */
	const char *iso;			/* NULL: the document's dollar */
} currency_prefix;

static const currency_prefix prefixes[] = {
	{"US", '$', "USD"},
	{"C", '$', "CAD"},
	{"A", '$', "AUD"},
	{"HK", '$', "HKD"},
	{"NZ", '$', "NZD"},
	{"S", '$', "SGD"},
	{NULL, '$', NULL},
	{NULL, 0x20AC, "EUR"},		/* € */
	{NULL, 0x00A3, "GBP"},		/* £ */
	{NULL, 0, NULL}
};

void
tf_recognize_money(tf_doc *doc)
{
	for (int i = 0; i < doc->ntok; i++)
	{
		const tf_token *t = &doc->tok[i];
		const currency_prefix *cp = NULL;
		int			first = i;
		tf_number	num;
		tf_fact    *f;
		const char *iso;

		if (t->type != TF_TOK_SYMBOL || t->claimed)
			continue;
		for (int k = 0; prefixes[k].sign != 0; k++)
		{
			if (prefixes[k].sign != t->cp)
				continue;
			if (prefixes[k].qualifier != NULL)
			{
				if (i > 0 && tf_tok_glued(doc, i - 1) && tf_tok_free(doc, i - 1) &&
					tf_tok_is(doc, i - 1, prefixes[k].qualifier))
				{
					cp = &prefixes[k];
					first = i - 1;
					break;
				}
				continue;
			}
			cp = &prefixes[k];
			break;
		}
		if (cp == NULL)
			continue;
		if (!tf_read_number(doc, i + 1, true, &num))
			continue;
		iso = cp->iso ? cp->iso : (doc->opts->dollar ? doc->opts->dollar : "USD");
		f = tf_doc_add_fact(doc, TF_MONEY, first, num.last);
		f->has_value = true;
		f->value = num.value;
		f->unit = iso;
		i = num.last;
	}
}

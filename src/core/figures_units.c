/*
 * figures_units.c — the units a number can carry: percentages (%, percent,
 * percentage points, basis points), the quantities news uses for trade and
 * energy (barrels, tonnes, megawatts, cubic metres ...), and the counted noun
 * of a count ("70 businesspersons").
 *
 * Each unit maps to one canonical name, so that quantities of one unit can be
 * summed: "metric tons" and "tonnes" are both "tonne"; "bcm" is 10^9 "m3".
 */
#include "figures.h"

#define UF_CASE		0x01		/* written as here (MW is not mW), except in lower-cased text */
#define UF_OF		0x02		/* only before "of" ("5 pounds of rice") */
#define UF_GLUED	0x04		/* only glued to the number ("180.25ml") */
#define UF_ATTR		0x08		/* also before a noun ("a 50 pound sack") */

typedef struct unit_def
{
	const char *words;			/* tokens separated by single spaces, lower case */
	const char *canon;
	uint8_t		kind;
	int8_t		pow10;
	uint8_t		flags;
} unit_def;

static const unit_def units[] = {
	/* percentages */
	{"%", "%", U_PERCENT, 0, 0},
	{"percent", "%", U_PERCENT, 0, 0},
	{"percents", "%", U_PERCENT, 0, 0},
	{"per cent", "%", U_PERCENT, 0, 0},
	{"pct", "%", U_PERCENT, 0, 0},
	{"percentage", "%", U_PERCENT, 0, 0},
	{"percentage point", "pp", U_PERCENT, 0, 0},
	{"percentage points", "pp", U_PERCENT, 0, 0},
	{"percent point", "pp", U_PERCENT, 0, 0},
	{"percent points", "pp", U_PERCENT, 0, 0},
	{"per cent point", "pp", U_PERCENT, 0, 0},
	{"per cent points", "pp", U_PERCENT, 0, 0},
	{"pct point", "pp", U_PERCENT, 0, 0},
	{"pct points", "pp", U_PERCENT, 0, 0},
	{"% point", "pp", U_PERCENT, 0, 0},
	{"% points", "pp", U_PERCENT, 0, 0},
	{"basis point", "bp", U_PERCENT, 0, 0},
	{"basis points", "bp", U_PERCENT, 0, 0},
	{"bps", "bp", U_PERCENT, 0, 0},
	{"bp", "bp", U_PERCENT, 0, 0},
	{"pc", "%", U_PERCENT, 0, UF_GLUED},	/* British "5pc" */
	/* oil */
	{"barrel", "barrel", U_QUANTITY, 0, 0},
	{"barrels", "barrel", U_QUANTITY, 0, 0},
	{"bbl", "barrel", U_QUANTITY, 0, 0},
	{"barrels per day", "barrel/day", U_QUANTITY, 0, 0},
	{"barrels a day", "barrel/day", U_QUANTITY, 0, 0},
	{"barrels of oil per day", "barrel/day", U_QUANTITY, 0, 0},
	{"barrels of oil a day", "barrel/day", U_QUANTITY, 0, 0},
	{"barrels of crude per day", "barrel/day", U_QUANTITY, 0, 0},
	{"barrels of crude a day", "barrel/day", U_QUANTITY, 0, 0},
	{"bpd", "barrel/day", U_QUANTITY, 0, 0},
	{"b / d", "barrel/day", U_QUANTITY, 0, 0},
	{"bbl / d", "barrel/day", U_QUANTITY, 0, 0},
	{"mb / d", "barrel/day", U_QUANTITY, 6, 0},
	{"mbpd", "barrel/day", U_QUANTITY, 6, 0},
	{"kb / d", "barrel/day", U_QUANTITY, 3, 0},
	/* mass */
	{"tonne", "tonne", U_QUANTITY, 0, 0},
	{"tonnes", "tonne", U_QUANTITY, 0, 0},
	{"metric ton", "tonne", U_QUANTITY, 0, 0},
	{"metric tons", "tonne", U_QUANTITY, 0, 0},
	{"metric tonne", "tonne", U_QUANTITY, 0, 0},
	{"metric tonnes", "tonne", U_QUANTITY, 0, 0},
	{"ton", "ton", U_QUANTITY, 0, 0},
	{"tons", "ton", U_QUANTITY, 0, 0},
	{"kg", "kg", U_QUANTITY, 0, 0},
	{"kilogram", "kg", U_QUANTITY, 0, 0},
	{"kilograms", "kg", U_QUANTITY, 0, 0},
	{"kilogramme", "kg", U_QUANTITY, 0, 0},
	{"kilogrammes", "kg", U_QUANTITY, 0, 0},
	{"kilo", "kg", U_QUANTITY, 0, 0},
	{"kilos", "kg", U_QUANTITY, 0, 0},
	{"gram", "g", U_QUANTITY, 0, 0},
	{"grams", "g", U_QUANTITY, 0, 0},
	{"lb", "lb", U_QUANTITY, 0, 0},
	{"lbs", "lb", U_QUANTITY, 0, 0},
	{"pound", "lb", U_QUANTITY, 0, UF_OF | UF_ATTR},
	{"pounds", "lb", U_QUANTITY, 0, UF_OF},
	{"ounce", "oz", U_QUANTITY, 0, 0},
	{"ounces", "oz", U_QUANTITY, 0, 0},
	{"troy ounce", "oz", U_QUANTITY, 0, 0},
	{"troy ounces", "oz", U_QUANTITY, 0, 0},
	{"oz", "oz", U_QUANTITY, 0, 0},
	{"bushel", "bushel", U_QUANTITY, 0, 0},
	{"bushels", "bushel", U_QUANTITY, 0, 0},
	/* length and area */
	{"km", "km", U_QUANTITY, 0, 0},
	{"kilometer", "km", U_QUANTITY, 0, 0},
	{"kilometers", "km", U_QUANTITY, 0, 0},
	{"kilometre", "km", U_QUANTITY, 0, 0},
	{"kilometres", "km", U_QUANTITY, 0, 0},
	{"mile", "mile", U_QUANTITY, 0, 0},
	{"miles", "mile", U_QUANTITY, 0, 0},
	{"meter", "m", U_QUANTITY, 0, 0},
	{"meters", "m", U_QUANTITY, 0, 0},
	{"metre", "m", U_QUANTITY, 0, 0},
	{"metres", "m", U_QUANTITY, 0, 0},
	{"cm", "cm", U_QUANTITY, 0, 0},
	{"centimeter", "cm", U_QUANTITY, 0, 0},
	{"centimeters", "cm", U_QUANTITY, 0, 0},
	{"centimetre", "cm", U_QUANTITY, 0, 0},
	{"centimetres", "cm", U_QUANTITY, 0, 0},
	{"mm", "mm", U_QUANTITY, 0, 0},
	{"millimeter", "mm", U_QUANTITY, 0, 0},
	{"millimeters", "mm", U_QUANTITY, 0, 0},
	{"millimetre", "mm", U_QUANTITY, 0, 0},
	{"millimetres", "mm", U_QUANTITY, 0, 0},
	{"inch", "inch", U_QUANTITY, 0, 0},
	{"inches", "inch", U_QUANTITY, 0, 0},
	{"foot", "ft", U_QUANTITY, 0, 0},
	{"feet", "ft", U_QUANTITY, 0, 0},
	{"yard", "yard", U_QUANTITY, 0, 0},
	{"yards", "yard", U_QUANTITY, 0, 0},
	{"km2", "km2", U_QUANTITY, 0, 0},
	{"sq km", "km2", U_QUANTITY, 0, 0},
	{"square kilometer", "km2", U_QUANTITY, 0, 0},
	{"square kilometers", "km2", U_QUANTITY, 0, 0},
	{"square kilometre", "km2", U_QUANTITY, 0, 0},
	{"square kilometres", "km2", U_QUANTITY, 0, 0},
	{"square mile", "mile2", U_QUANTITY, 0, 0},
	{"square miles", "mile2", U_QUANTITY, 0, 0},
	{"hectare", "ha", U_QUANTITY, 0, 0},
	{"hectares", "ha", U_QUANTITY, 0, 0},
	{"ha", "ha", U_QUANTITY, 0, 0},
	{"acre", "acre", U_QUANTITY, 0, 0},
	{"acres", "acre", U_QUANTITY, 0, 0},
	/* volume */
	{"cubic meter", "m3", U_QUANTITY, 0, 0},
	{"cubic meters", "m3", U_QUANTITY, 0, 0},
	{"cubic metre", "m3", U_QUANTITY, 0, 0},
	{"cubic metres", "m3", U_QUANTITY, 0, 0},
	{"bcm", "m3", U_QUANTITY, 9, 0},
	{"mcm", "m3", U_QUANTITY, 6, 0},
	{"cubic feet", "ft3", U_QUANTITY, 0, 0},
	{"cubic foot", "ft3", U_QUANTITY, 0, 0},
	{"tcf", "ft3", U_QUANTITY, 12, 0},
	{"bcf", "ft3", U_QUANTITY, 9, 0},
	{"liter", "l", U_QUANTITY, 0, 0},
	{"liters", "l", U_QUANTITY, 0, 0},
	{"litre", "l", U_QUANTITY, 0, 0},
	{"litres", "l", U_QUANTITY, 0, 0},
	{"ml", "ml", U_QUANTITY, 0, UF_GLUED},
	{"gallon", "gal", U_QUANTITY, 0, 0},
	{"gallons", "gal", U_QUANTITY, 0, 0},
	{"teu", "TEU", U_QUANTITY, 0, UF_CASE},
	{"teus", "TEU", U_QUANTITY, 0, UF_CASE},
	/* energy and power */
	{"mw", "MW", U_QUANTITY, 0, UF_CASE},
	{"megawatt", "MW", U_QUANTITY, 0, 0},
	{"megawatts", "MW", U_QUANTITY, 0, 0},
	{"gw", "GW", U_QUANTITY, 0, UF_CASE},
	{"gigawatt", "GW", U_QUANTITY, 0, 0},
	{"gigawatts", "GW", U_QUANTITY, 0, 0},
	{"kw", "kW", U_QUANTITY, 0, UF_CASE},
	{"kilowatt", "kW", U_QUANTITY, 0, 0},
	{"kilowatts", "kW", U_QUANTITY, 0, 0},
	{"kwh", "kWh", U_QUANTITY, 0, UF_CASE},
	{"kilowatt hour", "kWh", U_QUANTITY, 0, 0},
	{"kilowatt hours", "kWh", U_QUANTITY, 0, 0},
	{"kilowatt - hours", "kWh", U_QUANTITY, 0, 0},
	{"mwh", "MWh", U_QUANTITY, 0, UF_CASE},
	{"megawatt hour", "MWh", U_QUANTITY, 0, 0},
	{"megawatt hours", "MWh", U_QUANTITY, 0, 0},
	{"megawatt - hours", "MWh", U_QUANTITY, 0, 0},
	{"gwh", "GWh", U_QUANTITY, 0, UF_CASE},
	{"gigawatt hour", "GWh", U_QUANTITY, 0, 0},
	{"gigawatt hours", "GWh", U_QUANTITY, 0, 0},
	{"gigawatt - hours", "GWh", U_QUANTITY, 0, 0},
	{"twh", "TWh", U_QUANTITY, 0, UF_CASE},
	{"terawatt hour", "TWh", U_QUANTITY, 0, 0},
	{"terawatt hours", "TWh", U_QUANTITY, 0, 0},
	{"terawatt - hours", "TWh", U_QUANTITY, 0, 0},
	{"mmbtu", "MMBtu", U_QUANTITY, 0, 0},
	{NULL, NULL, 0, 0, 0}
};

/* does token i spell word[0..n) (ASCII, any case)? */
static bool
tok_is_n(const fig_ctx *cx, int i, const char *w, size_t n)
{
	return tf_tok_is_ci_n(cx->doc, i, w, n);
}

/* matches the words of u at token i; returns the last token or -1 */
static int
match_words(const fig_ctx *cx, int i, const unit_def *u)
{
	const char *w = u->words;
	int			j = i;

	for (;;)
	{
		const char *e = strchr(w, ' ');
		size_t		n = e ? (size_t) (e - w) : strlen(w);

		if (!fig_free(cx, j) || !tok_is_n(cx, j, w, n))
			return -1;
		if (j > i && (cx->doc->tok[j].flags & TF_TF_SENT_START))
			return -1;
		if (e == NULL)
			return j;
		w = e + 1;
		j++;
		/* "basis-point", "per-cent": a hyphen may join the words */
		if (fig_is_dash(cx, j) && !(cx->doc->tok[j].flags & TF_TF_SPACE_BEFORE) &&
			strncmp(w, "- ", 2) != 0)
			j++;
	}
}

/*
 * The units chained by the first byte of their words, so that a match tries
 * only those that may begin at the token (a few of the table's 150), in the
 * table's order.  Per document, when the first unit is looked for (a short
 * text may look for none): the engine keeps no state of its own.
 */
static void
index_units(const fig_ctx *cx)
{
	fig_unit_index *ix = &((fig_ctx *) cx)->units;
	int			n = 0;

	while (units[n].words != NULL)
		n++;
	if (n > FIG_MAX_UNITS)
		cx->doc->a->error(cx->doc->a->ctx, "textfacts: figures tables out of range");
	memset(ix, 0, sizeof(*ix));
	for (int k = n - 1; k >= 0; k--)
	{
		unsigned char c = (unsigned char) units[k].words[0];

		if (c >= 128)
			continue;
		ix->next[k] = ix->first[c];
		ix->first[c] = (uint16_t) (k + 1);
	}
	ix->built = true;
}

bool
fig_match_unit(const fig_ctx *cx, int i, fig_unit *out)
{
	const tf_doc *doc = cx->doc;
	int			best = -1,
				bestlast = -1;

	unsigned char c0;

	if (!fig_free(cx, i) || doc->tok[i].type == TF_TOK_NUMBER)
		return false;
	if (!cx->units.built)
		index_units(cx);
	c0 = (unsigned char) tf_ascii_lower(tf_tok_text(doc, i)[0]);
	for (int k = c0 < 128 ? cx->units.first[c0] - 1 : -1; k >= 0 && k < FIG_MAX_UNITS;
		 k = cx->units.next[k] - 1)
	{
		const unit_def *u = &units[k];
		int			last;

		last = match_words(cx, i, u);

		if (last < 0 || last <= bestlast)
			continue;
		if ((u->flags & UF_CASE) && !cx->lower_text)
		{
			/* "MW", "kWh", "TEU": the capitals as written, not "mw" */
			size_t		n = tf_tok_len(doc, i);
			const char *t = tf_tok_text(doc, i);
			bool		has_upper = false;

			for (size_t c = 0; c < n; c++)
				if (t[c] >= 'A' && t[c] <= 'Z')
					has_upper = true;
			if (!has_upper)
				continue;
		}
		if ((u->flags & UF_OF) && !tf_tok_is_ci(doc, last + 1, "of") &&
			!((u->flags & UF_ATTR) && last + 1 < doc->ntok && doc->tok[last + 1].type == TF_TOK_WORD &&
			  (doc->tok[last + 1].flags & TF_TF_LOWER) &&
			  !(fig_lex(cx, last + 1) && (fig_lex(cx, last + 1)->flags & NWF_STOP))))
			continue;
		if ((u->flags & UF_GLUED) && (i == 0 || !tf_tok_glued(doc, i - 1)))
			continue;
		best = k;
		bestlast = last;
	}
	if (best < 0)
		return false;
	/* a unit glued to letters is a longer word ("kmh"); "%" may be glued to anything */
	if (tf_tok_glued(doc, bestlast) && doc->tok[bestlast].type == TF_TOK_WORD &&
		doc->tok[bestlast + 1].type == TF_TOK_WORD)
		return false;
	out->canon = units[best].canon;
	out->kind = units[best].kind;
	out->pow10 = units[best].pow10;
	out->first = i;
	out->last = bestlast;
	return true;
}

bool
tf_unit_canonical(tf_kind kind, const char *unit, size_t len)
{
	uint8_t		want;

	if (kind == TF_PERCENT)
		want = U_PERCENT;
	else if (kind == TF_QUANTITY)
		want = U_QUANTITY;
	else
		return false;
	for (int k = 0; units[k].words != NULL; k++)
		if (units[k].kind == want && strlen(units[k].canon) == len &&
			memcmp(units[k].canon, unit, len) == 0)
			return true;
	return false;
}

/*
 * A calendar unit after a number, as the unit of a duration: "one month
 * after", "up to one year", "a three-day strike", "the two year conflict",
 * "a 10-day tour", "the 78-year-old" (an age in years).  A singular day,
 * week, month, year or decade right after the number, or after a hyphen
 * glued to it; the plural ("30 years") is a counted noun.  Sets *last to the
 * last token of the phrase ("old" of "78-year-old").
 */
bool
fig_duration_unit(const fig_ctx *cx, int i, int *last)
{
	const tf_doc *doc = cx->doc;
	char		buf[TF_LEX_MAX_WORD + 1];
	size_t		n;
	const tf_lexword *e;
	const tf_token *t;

	if (!fig_free(cx, i))
		return false;
	t = &doc->tok[i];
	n = tf_tok_len(doc, i);
	if (t->type != TF_TOK_WORD || !(t->flags & TF_TF_LOWER) || n > TF_LEX_MAX_WORD)
		return false;
	tf_ascii_lower_copy(buf, tf_tok_text(doc, i), n);
	e = tf_lex_find(buf, n);
	if (e == NULL || e->date.cls != DW_PERIOD || (e->date.flags & DWF_PLURAL) ||
		!(e->date.val == PERIOD_DAY || e->date.val == PERIOD_WEEK || e->date.val == PERIOD_MONTH ||
		  e->date.val == PERIOD_YEAR || e->date.val == PERIOD_DECADE))
		return false;
	*last = i;
	/* "78-year-old": the age */
	if (fig_glued_dash(cx, i + 1) && tf_tok_is_ci(doc, i + 2, "old") && fig_free(cx, i + 2))
		*last = i + 2;
	/* "a three-day-old truce": the unit goes on into another word */
	else if (tf_tok_glued(doc, i) && (fig_is_dash(cx, i + 1) || tf_tok_cp(doc, i + 1) == '\''))
		return false;
	return true;
}

/* plurals without an s */
static const char *const irregular_plurals[] = {
	"people", "men", "women", "children", "police", "personnel", "staff", "cattle",
	"sheep", "fish", "aircraft", "livestock", "deer", "militia", "clergy", "crew",
	"feet", "teeth", "geese", "mice", "offspring", "youth", NULL
};

bool
fig_counted_noun(const fig_ctx *cx, int i)
{
	const tf_doc *doc = cx->doc;
	const tf_token *t;
	const char *s;
	size_t		n;

	if (!fig_free(cx, i))
		return false;
	t = &doc->tok[i];
	if (t->type != TF_TOK_WORD || !(t->flags & TF_TF_LOWER) || (t->flags & TF_TF_SENT_START))
		return false;
	if (fig_lex(cx, i) != NULL)
		return false;
	s = tf_tok_text(doc, i);
	n = tf_tok_len(doc, i);
	/* "businesspersons-led": a word that goes on is not the noun */
	if (tf_tok_glued(doc, i) && (fig_is_dash(cx, i + 1) || tf_tok_cp(doc, i + 1) == '\''))
		return false;
	for (int k = 0; irregular_plurals[k]; k++)
		if (strlen(irregular_plurals[k]) == n && memcmp(irregular_plurals[k], s, n) == 0)
			return true;
	if (n < 3 || s[n - 1] != 's')
		return false;
	/* "less", "bonus", "basis": not plurals */
	if (s[n - 2] == 's' || s[n - 2] == 'u' || s[n - 2] == 'i' || s[n - 2] == '\'')
		return false;
	return true;
}

/* Unit tests of country names in other languages and their gates. */
#include "tap.h"

static const char *
code_of(const char *text, const char *surface)
{
	const tf_fact *f;

	facts_of(text, NULL);
	f = find_fact("country", surface);
	return f && f->norm ? f->norm : "(none)";
}

int
main(void)
{
	static const struct
	{
		const char *text;
		const char *surface;
		const char *code;
	}			cases[] = {
		{"Die Regierung von Russland hat Sanktionen angekündigt.", "Russland", "RU"},
		{"Pakistán y Rusia buscan ampliar su cooperación.", "Pakistán", "PK"},
		{"La France et l'Allemagne ont signé un accord.", "Allemagne", "DE"},
		{"Россия и Китай подписали соглашение.", "Россия", "RU"},
		{"A Rússia aumentou as vendas de petróleo.", "Rússia", "RU"},
		{"Türkiye ve Almanya anlaştı.", "Almanya", "DE"},
		{"Les États-Unis et la Chine reprennent les négociations.", "États-Unis", "US"},
		{"O Japão e a Coreia do Sul retomaram o diálogo.", "Coreia do Sul", "KR"},
		/* declined forms */
		{"Экономика Германии сократилась.", "Германии", "DE"},
		{"Министр иностранных дел Пакистана посетил Москву.", "Пакистана", "PK"},
		{"Пакистан ищет партнёрство с Россией.", "Россией", "RU"},
		{"Die Wirtschaft Russlands ist gewachsen und die Lage ist ernst.", "Russlands", "RU"},
		/* abbreviations in capitals */
		{"США ввели новые санкции.", "США", "US"},
		/* an English word that is a country's name in German: only in German text */
		{"In Island ist die Inflation gesunken, und die Lage hat sich beruhigt.", "Island", "IS"},
	};
	static const struct
	{
		const char *text;
		const char *surface;
	}			negatives[] = {
		{"The island nation of Iceland is an Island of fire and ice.", "Island"},
		{"The Argentine peso fell as the minister said on Monday.", "Argentine"},
		{"Salvador Dali painted it, and the critics said it was his best.", "Salvador"},
		{"Того же дня Иран заявил.", "Того"},
		{"Gana el partido y todos celebran.", "Gana"},
		{"сша in lower case is not an abbreviation.", "сша"},
	};

	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
		ok(strcmp(code_of(cases[k].text, cases[k].surface), cases[k].code) == 0,
		   "%s -> %s (got %s)", cases[k].surface, cases[k].code,
		   code_of(cases[k].text, cases[k].surface));
	for (size_t k = 0; k < sizeof(negatives) / sizeof(negatives[0]); k++)
		ok(strcmp(code_of(negatives[k].text, negatives[k].surface), "(none)") == 0,
		   "not a country: '%s' in \"%s\"", negatives[k].surface, negatives[k].text);

	/* currency names in other languages, after a number, exact values */
	{
		static const struct
		{
			const char *text;
			const char *surface;
			const char *value;
			const char *unit;
		}			money[] = {
			{"Russland zahlte 500 Dollar an die Ukraine.", "500 Dollar", "500", "USD"},
			{"Recibió 300 dólares y 50 pesos mexicanos.", "300 dólares", "300", "USD"},
			{"Recibió 300 dólares y 50 pesos mexicanos.", "50 pesos mexicanos", "50", "MXN"},
			{"Россия выделила 100 рублей.", "100 рублей", "100", "RUB"},
			{"Выделено 40 долларов США.", "40 долларов США", "40", "USD"},
			{"Le Maroc a payé 12,5 euros.", "12,5 euros", "12.5", "EUR"},
			{"Il a payé 12 francs suisses.", "12 francs suisses", "12", "CHF"},
			{"Zahlte 2.5 Euro.", "2.5 Euro", "2.5", "EUR"},
		};

		for (size_t k = 0; k < sizeof(money) / sizeof(money[0]); k++)
		{
			facts_of(money[k].text, NULL);
			ok(fact_is(find_fact("money", money[k].surface), money[k].value, money[k].unit),
			   "%s -> %s %s", money[k].surface, money[k].value, money[k].unit);
		}
		/* a family of two rubles with no country named: no guess */
		facts_of("Выделено 100 рублей.", NULL);
		ok(fact_is(find_fact("money", "100 рублей"), "100", NULL), "100 рублей alone: no unit");
		/* only after a number */
		facts_of("Die Dollar und die рублей.", NULL);
		ok(count_kind("money") == 0, "a currency name without a number is no amount");
	}

	/* the language vote */
	facts_of("Iceland is an Island of fire.", NULL);
	ok(count_kind("country") == 1, "only Iceland in an English sentence");
	return tap_done();
}

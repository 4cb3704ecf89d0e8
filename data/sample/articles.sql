-- The project's sample articles: news paragraphs written for textfacts that
-- between them use every fact kind (people with titles, organisations,
-- countries, places, nationalities, money, percentages, counts, quantities
-- and dates).  Loaded by scripts/demo into articles(id, published, body).
CREATE TABLE IF NOT EXISTS articles (
    id        int PRIMARY KEY,
    published date,
    body      text
);
TRUNCATE articles;
INSERT INTO articles (id, published, body) VALUES
(1, '2024-10-08', $body$ISLAMABAD: Defense Minister Khawaja Muhammad Asif has said Pakistan is seeking a long-term partnership with Russia in the fields of defense, trade and energy, state broadcaster Radio Pakistan reported on Tuesday. Last week, Pakistan’s privatization minister led a delegation of over 70 businesspersons to a trade forum in Moscow. The country secured a $3 billion financial assistance package from the International Monetary Fund (IMF) last year, and the lender last month approved a $7 billion bailout deal.$body$),
(2, '2024-06-14', $body$NEW DELHI: India’s central bank held its key policy rate at 6.5% on Friday for the eighth straight meeting, Governor Shaktikanta Das said, while raising its growth forecast for the fiscal year to 7.2 percent. The Reserve Bank of India said food inflation remained high. Indian lenders expect credit to grow by Rs 2 lakh crore, and the government plans to borrow ₹14.13 trillion in fiscal 2025.$body$),
(3, '2024-03-21', $body$FRANKFURT: The European Central Bank kept interest rates unchanged in March, and President Christine Lagarde said a cut of 25 basis points in June was likely. German exports fell 2.7% in the fourth quarter of 2023, while the euro zone economy grew just 0.1 percent. Germany’s Siemens Energy said it had won orders worth €1.2bn for wind farms in the North Sea with a capacity of 1.4 GW.$body$),
(4, '2024-11-02', $body$RIYADH: Saudi Arabia will keep its voluntary oil output cut of 1 million barrels per day until the end of December, the Saudi energy ministry said on Sunday. OPEC and its allies, including Russia, pump about 40% of the world’s crude. Brent crude rose 3 percent to $76.50 a barrel. Analysts at Goldman Sachs expect the kingdom’s budget deficit to reach $21 billion next year.$body$),
(5, '2024-09-30', $body$NAIROBI: Kenya signed a $1.5 billion loan agreement with the World Bank on Monday, Finance Minister John Mbadi told reporters in Nairobi. Kenyan officials said more than 12,000 teachers would be hired with part of the money, and that the country would import 500,000 tonnes of maize from Tanzania and Uganda before September 2025. Inflation slowed to 3.6% in August, the Kenya National Bureau of Statistics said.$body$);

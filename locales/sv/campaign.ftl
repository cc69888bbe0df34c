### Svenska (sv). Källspråk: originaltext, granskad.
### The Dals-Ed 2017 campaign (bot/campaigns/dals-ed-2017.toml), in the words of the seed.

campaign-title = Medborgarlöften i Dals-Ed
campaign-intro = Polisen och Dals-Eds kommun vill veta vad du som bor, arbetar eller är på besök i kommunen upplever som viktigt för att känna dig trygg och säker. Svaren hjälper oss att se vilka problem som finns och att ge löften med konkreta aktiviteter.
campaign-question = Vad anser du att det finns för åtgärder som polisen och kommunen skulle kunna göra för att öka din säkerhet, tillit och trygghet?
campaign-contact-title = kommunpolis

campaign-focus-visible-police = Mer synlig polis
campaign-focus-migration-integration = Migration och integration
campaign-focus-traffic-safety = Trafiksäkerhet
campaign-focus-other = Något annat

campaign-promise-visible-police = Polisen och Dals-Eds kommun lovar att polisen ska synas mer och oftare finnas på plats. Målet är att öka tryggheten i de områden där invånarna upplever problem. Invånarna menar att en polis som finns nära och går att nå gör att man känner sig tryggare.
campaign-promise-migration-integration = Kommunen och polisen arbetar tillsammans med sådant som hjälper arbetet med migration och integration. Många känner fortfarande otrygghet och osäkerhet kring det arbetet. Insatser har redan gjorts i kommunala boenden och på Migrationsverkets anläggningar.
campaign-promise-traffic-safety = Kommunen och polisen arbetar tillsammans och gör sådant som ökar trafiksäkerheten i kommunen.

campaign-follow-up-visible-police = Plan: i början av 2017 görs en gemensam åtgärdsplan. Den beskriver vem som ska göra vad utifrån tillgängliga resurser, och hur kommunen och polisen arbetar tillsammans.
campaign-follow-up-migration-integration = Plan: i början av 2017 görs en gemensam åtgärdsplan. Den beskriver vem som ska göra vad utifrån tillgängliga resurser, och hur kommunen och polisen arbetar tillsammans.
campaign-follow-up-traffic-safety = Plan: i början av 2017 görs en gemensam åtgärdsplan. Den beskriver vem som ska göra vad utifrån tillgängliga resurser, och hur kommunen och polisen arbetar tillsammans.

campaign-fq-relation = Bor, arbetar eller besöker du Dals-Ed?
campaign-fq-relation-lives = Jag bor här
campaign-fq-relation-works = Jag arbetar här
campaign-fq-relation-visits = Jag är på besök

campaign-fq-age-group = Hur gammal är du?
campaign-fq-age-under-18 = Under 18
campaign-fq-age-18-29 = 18–29
campaign-fq-age-30-49 = 30–49
campaign-fq-age-50-64 = 50–64
campaign-fq-age-65-plus = 65 eller äldre

campaign-fq-area = Vilken del av kommunen gäller det?
campaign-fq-area-ed = Ed (tätorten)
campaign-fq-area-gesater = Gesäter
campaign-fq-area-habol = Håbol
campaign-fq-area-nossemark = Nössemark
campaign-fq-area-rolanda = Rölanda
campaign-fq-area-toftedal = Töftedal
campaign-fq-area-outside = Utanför kommunen
